# The help of teipress build, exactly (written by tests/tools/update_golden.sh help).
$ teipress build --help
> usage: teipress build EDITION_DIR -o OUT_DIR
> The main job: convert, validate and render an edition folder.
>
> options:
>   -o, --output OUT_DIR  the output folder (created when missing)
>   -h, --help            show this help and exit
>   -V, --version         print the version and exit
>
> For each reading text (*.txt) of EDITION_DIR, in name order: converts it with
> the edition's metadata (edition.xml, persons.xml, terms.xml, documents/) into
> OUT_DIR/NAME.xml, validates that TEI (schema/teipress.rng and
> schema/teipress.sch), renders it to OUT_DIR/NAME.html, .tex, .pdf, .txt and
> .md, and prints each output's path.
>
> A document that does not convert is reported and skipped; one that converts but
> is not valid is reported and still rendered (like `render`), and the build
> fails (exit 1). The other documents are always built. The exit code is the
> worst of the documents'.
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
