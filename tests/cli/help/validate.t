# The help of teipress validate, exactly (written by tests/tools/update_golden.sh help).
$ teipress validate --help
> usage: teipress validate FILE... [--profile NAME] [--schema FILE]
>                          [--rules FILE] [--no-rules] [--embedded-rules]
>                          [--phase NAME] [--strict] [--format FORMAT] [-o FILE]
>                          [-j N] [--max-bytes N]
> Validate TEI against RELAX NG and Schematron rules.
>
> options:
>       --profile NAME    the grammar and rules to validate against (default:
>                         edition); NAME is one of: edition, frus, tei
>       --schema FILE     another RELAX NG grammar (XML syntax) instead of the
>                         profile's
>       --rules FILE      ISO Schematron rules (XSLT 1.0 binding); with --schema,
>                         or instead of the default profile's
>       --no-rules        the grammar alone: run no Schematron rules
>       --embedded-rules  also run the Schematron constraints embedded in the
>                         grammar
>       --phase NAME      the phase of the Schematron rules: a phase's id, #ALL
>                         or #DEFAULT (the default)
>       --strict          warnings make a file invalid
>       --format FORMAT   the report's format (default: text; svrl: one FILE);
>                         FORMAT is one of: text, json, junit, github, sarif,
>                         svrl
>   -o, --output FILE     write the report to this file (default: standard
>                         output)
>   -j, --jobs N          worker threads, 0 to 1024 (default 0: one per core;
>                         never more than the files or 64)
>       --max-bytes N     refuse inputs larger than this (default 1 GiB)
>   -h, --help            show this help and exit
>   -V, --version         print the version and exit
>
> Validates each FILE (- is standard input) against a profile: its RELAX NG
> grammar and its Schematron rules. Profiles: edition (the default:
> schema/teipress.rng and schema/teipress.sch, the TEI teipress writes), frus
> (what the Office of the Historian requires: tei_all with the FRUS additions,
> schema/frus/frus.rng, and the FRUS rules, schema/frus/frus-xslt1.sch), tei (the
> official tei_all).
>
> --schema validates against another grammar instead (then only the rules given
> with --rules run); --embedded-rules also runs the Schematron constraints the
> grammar carries (TEI's ODD constraints; those libxslt cannot run, XPath 2, are
> listed as not run in every format). --phase chooses the phase of the rules. A
> schema or rules that do not compile are a usage error (exit 2).
>
> Files are validated in parallel and reported in the order given. Diagnostics:
> FILE:LINE:COL: error|warning: message [rule-id]. The text format writes them to
> stderr; the other formats write to stdout or --output.
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
