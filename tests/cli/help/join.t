# The help of teipress join, exactly (written by tests/tools/update_golden.sh help).
$ teipress join --help
> usage: teipress join EDITION_DIR|SPLIT_DIR|FILE... -o OUT.xml
> Join documents into a volume.
>
> options:
>   -o, --output OUT.xml  the volume to write
>   -h, --help            show this help and exit
>   -V, --version         print the version and exit
>
> Assembles documents into one volume in the Office of the Historian's layout
> (front lists of persons and terms, documents in order inside their compilations
> and chapters, identifiers unique) and writes it to OUT.xml. Each input is a TEI
> file or a folder:
>   - a volume (a file with a front or several documents, or the volume.xml of a
>     folder written by `teipress split`, with the documents it includes): the
>     documents given are joined into it; at most one volume;
>   - a split folder (it holds volume.xml): that volume and its documents;
>   - an edition folder (it holds edition.xml): the volume's record and lists
>     (when no volume is given) and every other *.xml of the folder as a
>     document;
>   - any other folder: its *.xml files; a file with one document: that document.
>
> A document of the same volume (same FRUS identifier) keeps its number (and
> replaces the volume's document with that number); any other document is new: it
> gets the next number and is renumbered (ids, notes, pages, heading, pointers).
> The entries of persons and terms in a document's back join the front lists.
> Warnings: pointers that name nothing. An input that is malformed, not TEI or
> without documents, or a volume that would repeat an identifier, is invalid
> input (exit 1); the output is never one of the inputs.
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
