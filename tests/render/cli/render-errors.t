# teipress render: bad input, bad options, bad stylesheets, each with its exit code.
$ cp $SRC/tests/render/fixtures/testsuite.xml testsuite.xml
$ teipress render testsuite.xml --to docx
2> teipress render: error: unknown format 'docx' for --to (expected html|latex|pdf|text|markdown)
2> run 'teipress render --help' for usage
=> 2

$ teipress render testsuite.xml
2>* the option '--to' is required but missing
=> 2

$ teipress render missing.xml --to html
2>* missing.xml
=> 2

$ teipress render testsuite.xml --to html --param novalue
2>* --param needs NAME=VALUE, got 'novalue'
=> 2

# Not well-formed: refused at its line and column, nothing written.
$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><p>x</text></TEI>\n' > bad.xml
$ teipress render bad.xml --to html -o out.html
2>* bad.xml:2:
2>* error:
=> 1
$ test ! -e out.html

# Not TEI: refused.
$ printf '<?xml version="1.0"?>\n<html><p>x</p></html>\n' > page.xml
$ teipress render page.xml --to text -o out.txt
2> page.xml:2:1: error: not a TEI document: the root element is <html> outside the TEI namespace http://www.tei-c.org/ns/1.0
=> 1
$ test ! -e out.txt

# TEI that is not valid (an element TEI does not have) renders, with a warning at its line.
$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n<p>kept <frob>inside</frob> text</p>\n</body></text></TEI>\n' > invalid.xml
$ teipress render invalid.xml --to text
> kept inside text
2> invalid.xml:3:9: warning: unhandled element <frob>; its content is rendered as it is

# --validate adds what the validator finds, as warnings; the render goes on (exit 0).
$ teipress render invalid.xml --to text --validate -o invalid.txt
2>* invalid.xml:2:1: warning: element "text" not allowed yet; missing required element "teiHeader" [relaxng]
2>* invalid.xml:3:9: warning: unhandled element <frob>
$ grep -c 'kept inside text' invalid.txt
> 1

# An --xslt that does not compile: exit 2, named.
$ printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="///">x</xsl:template>\n</xsl:stylesheet>\n' > broken.xsl
$ teipress render testsuite.xml --to html --xslt broken.xsl -o out.html
2>* broken.xsl:1:1: error: the stylesheet does not compile
2>! XPath error
=> 2
$ test ! -e out.html

# An --xslt that is not XML at all.
$ printf 'not xml' > notxml.xsl
$ teipress render testsuite.xml --to html --xslt notxml.xsl
2>* notxml.xsl:1:1: error:
=> 2

# A stylesheet that tries to write a file: refused, the file is not created, nothing written.
$ printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:exsl="http://exslt.org/common" extension-element-prefixes="exsl">\n<xsl:template match="/"><exsl:document href="pwned.txt" method="text">x</exsl:document>ok</xsl:template>\n</xsl:stylesheet>\n' > writer.xsl
$ teipress render testsuite.xml --to text --xslt writer.xsl -o out.txt
2>* refused
2>* error: the transform of
=> 1
$ test ! -e pwned.txt && test ! -e out.txt

# A runtime XPath error in a user's stylesheet: exit 1, reported through teipress.
$ printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:template match="/"><xsl:value-of select="concat(1)"/></xsl:template>\n</xsl:stylesheet>\n' > runtime.xsl
$ teipress render testsuite.xml --to html --xslt runtime.xsl -o out.html
2>* runtime.xsl:1:1: error: Invalid number of arguments
2>* error: the transform of testsuite.xml failed; nothing was written
=> 1

# A user's stylesheet that works: used instead of the format's own.
$ printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:tei="http://www.tei-c.org/ns/1.0">\n<xsl:output method="text"/>\n<xsl:param name="who" select="%s"/>\n<xsl:template match="/"><xsl:value-of select="concat($who, count(//tei:note))"/></xsl:template>\n</xsl:stylesheet>\n' "'notes: '" > count.xsl
$ teipress render testsuite.xml --to text --xslt count.xsl
> notes: 5
$ teipress render testsuite.xml --to text --xslt count.xsl --param who=n=
> n=5

# The output may not be the input.
$ teipress render testsuite.xml --to text -o testsuite.xml
2>* refusing to overwrite the input file
=> 3

# An output folder that does not exist.
$ teipress render testsuite.xml --to text -o no/such/dir/out.txt --param warn-unhandled=no
2>* no/such/dir/out.txt
=> 3

# A parameter that would reach the LaTeX preamble or the HTML page is validated, not pasted.
$ teipress render invalid.xml --to latex --param 'paper=a4paper]{geometry}\input{secret.txt}%' --param warn-unhandled=no -o bad.tex
2>* error: the parameter paper must be letterpaper or a4paper
=> 1
$ test ! -e bad.tex
$ teipress render invalid.xml --to html --param 'language=en"><script>x</script>' --param warn-unhandled=no -o bad.html
2>* error: the parameter language must be a language tag such as en or fr-CA
=> 1
$ test ! -e bad.html

# An unknown profile is a usage error.
$ teipress render invalid.xml --to text --profile docbook
2>* unknown profile 'docbook' for --profile (expected auto|tei|frus)
=> 2
