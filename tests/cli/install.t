# The install rules: the binary and schema/ and xslt/, found at run time relative to the
# installed binary (PREFIX/bin/teipress, PREFIX/share/teipress), from any folder; the bash
# completion script where bash-completion looks for it.
%requires cmake
$ cmake --install "$(dirname "$(command -v teipress)")" --prefix "$PWD/inst" > /dev/null && ls inst/bin && ls inst/share/teipress
> teipress
> schema
> xslt
$ inst/bin/teipress completion bash | cmp - inst/share/bash-completion/completions/teipress && echo same
> same
$ cp "$SRC/editions/frus1964-68v17/d67.xml" d67.xml && mkdir elsewhere && cd elsewhere && env -u TEIPRESS_DATA_DIR ../inst/bin/teipress validate ../d67.xml && env -u TEIPRESS_DATA_DIR ../inst/bin/teipress render ../d67.xml --to text | head -c 3
> 67.
2>* 1 file checked: 0 errors, 1 warning
# The installed data is the one used: without its text stylesheet (which the FRUS layer
# imports), --to text fails naming it.
$ rm inst/share/teipress/xslt/text/tei-to-text.xsl && env -u TEIPRESS_DATA_DIR inst/bin/teipress render d67.xml --to text
2>* inst/bin/../share/teipress/xslt/frus/tei-to-text.xsl:9:1: error: compilation error
2>* unable to load /tmp/
=> 2
