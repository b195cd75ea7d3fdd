# The help of teipress convert, exactly (written by tests/tools/update_golden.sh help).
$ teipress convert --help
> usage: teipress convert INPUT.txt [-o FILE] [--edition DIR] [--stop-after STEP]
> Convert a FRUS reading text (.txt) into TEI P5.
>
> options:
>   -o, --output FILE      write the TEI here (default: standard output)
>       --edition DIR      the edition folder (edition.xml, persons.xml,
>                          terms.xml, documents/)
>       --stop-after STEP  stop after this step and write the tree so far; STEP
>                          is one of: read, link_references, fill_dateline,
>                          tag_names, attach_back_matter, build_header
>   -h, --help             show this help and exit
>   -V, --version          print the version and exit
>
> Converts the reading text of a FRUS document (the README's "reading-text
> format") into TEI P5; INPUT.txt - is standard input. Errors: FILE:LINE:COL:
> error: message. Nothing is written on error.
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
