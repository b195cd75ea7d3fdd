# The help of teipress render, exactly (written by tests/tools/update_golden.sh help).
$ teipress render --help
> usage: teipress render FILE -t FORMAT [-o FILE] [--param NAME=VALUE]...
>                        [--xslt FILE] [--profile NAME] [--validate]
> Render TEI as HTML, LaTeX, PDF, plain text or Markdown.
>
> options:
>   -t, --to FORMAT         the output format; FORMAT is one of: html, latex,
>                           pdf, text, markdown
>   -o, --output FILE       write the output here (default: standard output)
>       --param NAME=VALUE  a stylesheet parameter
>       --xslt FILE         use this XSLT 1.0 stylesheet instead of the format's
>                           own
>       --profile NAME      the stylesheets' layer (default: auto); NAME is one
>                           of: auto, tei, frus
>       --validate          also check FILE against schema/teipress.rng and .sch
>                           (reported as warnings)
>   -h, --help              show this help and exit
>   -V, --version           print the version and exit
>
> Renders FILE (TEI P5; - is standard input) with the stylesheets in xslt/. TEI
> that is not valid is rendered anyway, with warnings: an element the stylesheets
> do not know is rendered as its content and reported; --validate also reports
> (as warnings) what `teipress validate` finds. A file that is not well-formed
> XML or not TEI is refused (exit 1). Stylesheets, also one given with --xslt,
> may not write files or reach the network.
>
> --profile chooses the stylesheets' layer: tei (generic TEI), frus (Foreign
> Relations of the United States), auto (default: frus when the document declares
> the frus namespace or has an idno type="frus", else tei).
>
> Parameters of the stylesheets: warn-unhandled (yes|no), language (html), paper
> (latex, pdf: letterpaper or a4paper); frus only: volume-id, web-edition-base.
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
