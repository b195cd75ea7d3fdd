# The help of teipress split, exactly (written by tests/tools/update_golden.sh help).
$ teipress split --help
> usage: teipress split VOLUME.xml -o OUT_DIR
> Split a volume into one TEI file per document.
>
> options:
>   -o, --output OUT_DIR  the output folder (created when missing)
>   -h, --help            show this help and exit
>   -V, --version         print the version and exit
>
> Writes into OUT_DIR (created when missing) one standalone TEI file per document
> (div type="document") of VOLUME.xml, named after its xml:id (d5.xml): a
> teiHeader made from the volume's header and the document's metadata (title,
> identifiers, web address, dates, the chapters around it and its pages), the
> document exactly as it stands in the volume, and in back the persons and terms
> it points to. Then OUT_DIR/volume.xml: the volume with an XInclude in place of
> each document; `teipress join OUT_DIR` (or `xmllint --xinclude`) gives the
> volume back.
>
> Files in OUT_DIR with other names are left alone; each file is written
> atomically; nothing is written when an output would replace the volume.
> Pointers that name nothing in the volume are reported as warnings. A volume
> that is malformed, not TEI or without documents is invalid input (exit 1).
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
