# The help of teipress help, exactly (written by tests/tools/update_golden.sh help).
$ teipress help --help
> usage: teipress help [COMMAND]
> Show the help of teipress, or of a command.
>
> options:
>   -h, --help     show this help and exit
>   -V, --version  print the version and exit
>
> Without COMMAND: the commands of teipress. With one: its usage and options, as
> `teipress COMMAND --help` prints them.
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
