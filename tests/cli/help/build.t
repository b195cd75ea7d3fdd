# The help of teipress build, exactly (written by tests/tools/update_golden.sh help).
$ teipress build --help
> usage: teipress build EDITION_DIR|VOLUME.xml -o OUT_DIR [-j N] [--formats LIST]
>                       [--shard K/N] [--assemble] [--force] [-q]
> The main job: documents, website, PDF and EPUB of a volume.
>
> options:
>   -o, --output OUT_DIR  the output folder (created when missing)
>   -j, --jobs N          threads, 0 to 1024 (default 0: one per core; never more
>                         than 64)
>       --formats LIST    the outputs to make, separated by commas (default all);
>                         LIST is one of: all, html, latex, pdf, text, markdown,
>                         epub
>       --shard K/N       build only the K-th of N shares of the documents
>       --assemble        make the volume-level outputs from the shares built
>                         into OUT_DIR
>       --force           build everything again, whatever the manifest says
>   -q, --quiet           print only errors and warnings
>   -h, --help            show this help and exit
>   -V, --version         print the version and exit
>
> EDITION_DIR is an edition folder (reading texts *.txt with edition.xml,
> persons.xml, terms.xml and documents/); VOLUME.xml a volume's TEI file in the
> Office of the Historian's layout. Each document — a reading text converted
> with the edition's metadata, or a document split from the volume — is parsed
> once, validated (an edition's against schema/teipress.rng and .sch, a volume's
> documents against the profile frus's grammar) and rendered from that one tree
> into OUT_DIR/NAME.xml (its TEI), .html, .tex, .pdf, .txt and .md. Then the
> volume-level outputs are made from the whole volume: the website OUT_DIR/site/
> (index.html with the title page and contents, a page per document,
> persons.html, terms.html, search.html that works offline), OUT_DIR/volume.tex
> and volume.pdf (the printed volume) and OUT_DIR/volume.epub (EPUB 3).
>
> --formats chooses what is made (the TEI, NAME.xml, always is): html (NAME.html
> and the website), latex (NAME.tex and volume.tex), pdf (NAME.pdf and
> volume.pdf: the TeX engine runs), text (NAME.txt), markdown (NAME.md), epub
> (volume.epub); --formats html,text leaves TeX out while the text is being
> worked on.
>
> The build is incremental: OUT_DIR/.teipress/manifest records what each output
> was made from (the hash of its TEI, of the stylesheets and schemas, the
> teipress version, the formats), so a second build does only what changed, and
> nothing at all when nothing did; the outputs of a document that left the source
> are removed. Documents are built on -j N threads (default: one per core, at
> most 64); the outputs are the same bytes for any N.
>
> A document that fails (its reading text breaks the format, its TEI is not
> valid, a transform or TeX fails) leaves no output: its TEI, when there is one,
> is kept in OUT_DIR/failed/ for its messages to point into, and the volume-level
> outputs leave it out. The other documents are always built; messages are
> printed as they come and the failed documents listed at the end; the exit code
> is the worst one.
>
> --shard K/N builds the K-th of N shares of the documents (each document is in
> exactly one share; the volume-level outputs are not made); once every share's
> OUT_DIR has been gathered into one folder, --assemble makes the volume-level
> outputs there (every document must have been built by a share from the same
> inputs).
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
