# The help of teipress completion, exactly (written by tests/tools/update_golden.sh help).
$ teipress completion --help
> usage: teipress completion SHELL [-o FILE]
> Print the shell completion script of teipress.
>
> options:
>   -o, --output FILE  write the script here (default: standard output)
>   -h, --help         show this help and exit
>   -V, --version      print the version and exit
>
> Prints the bash completion script: the commands, each command's options, the
> values an option takes (--to, --format, --profile...), folders or files for the
> others. The install rules put it in share/bash-completion/completions/teipress;
> without them, load it with:
>   source <(teipress completion bash)
>
> exit codes:
>   0    success (warnings allowed unless --strict)
>   1    the input was read but is wrong: invalid TEI, a reading text that breaks
>        the format
>   2    usage error, or an input or schema that cannot be read at all (missing,
>        a directory)
>   3    an output could not be written (the previous output is left as it was)
>   4    an external program (the TeX engine) is missing or failed
>   5    out of memory; nothing was written
>   130  interrupted by a signal; temporary files were removed
