# The help of teipress init, exactly (written by tests/tools/update_golden.sh help).
$ teipress init --help
> usage: teipress init DIR [--title TEXT] [--id ID] [--editor NAME]...
>                      [--publisher TEXT] [--place TEXT] [--date TEXT]
>                      [--from VOLUME.xml]
> Start an edition folder (or derive one from a volume).
>
> options:
>       --title TEXT       the volume's complete title
>       --id ID            the volume's identifier (idno type="frus"), e.g.
>                          frus1964-68v17
>       --editor NAME      an editor of the volume (one option each)
>       --publisher TEXT   the publisher
>       --place TEXT       the place of publication
>       --date TEXT        the date of publication
>       --from VOLUME.xml  derive the folder from this volume's TEI
>   -h, --help             show this help and exit
>   -V, --version          print the version and exit
>
> Writes a new edition folder DIR (made when missing) that `teipress build DIR -o
> OUT_DIR` builds at once: edition.xml (the volume's record: every field build
> needs), persons.xml and terms.xml (empty lists), d1.txt (a sample reading text
> that shows every feature of the format) with documents/d1.xml (its dateline),
> and README.md (what each file is for). The options fill the record; without
> them the title is "Untitled volume", the identifier the folder's name, the
> publisher the United States Government Publishing Office, Washington, "not yet
> published": edit edition.xml.
>
> With --from VOLUME.xml the folder is derived from a volume's TEI instead: its
> record, its lists of persons and terms, and documents/ID.xml for each document
> (its dateline, date and first page), so that the volume's reading texts convert
> with them; no sample. A volume that lacks a field of the record is invalid
> input (exit 1): give the field as an option.
>
> init never overwrites a file: it writes nothing when one of its files exists
> already (exit 3).
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
