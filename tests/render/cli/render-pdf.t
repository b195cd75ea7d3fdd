# teipress render --to pdf: the TeX run, and a missing TeX engine (exit 4, naming the package).
%requires pdflatex pdftotext
$ cp $SRC/tests/render/fixtures/testsuite.xml testsuite.xml
$ teipress render testsuite.xml --to pdf -o suite.pdf --param warn-unhandled=no
$ head -c 5 suite.pdf
> %PDF-
$ pdftotext suite.pdf - | grep -c 'An asterisk note.'
> 1

# Without a TeX engine on PATH.
$ env PATH=/nonexistent "$(command -v teipress)" render testsuite.xml --to pdf -o none.pdf --param warn-unhandled=no
2> testsuite.xml:1:1: error: the TeX engine 'pdflatex' is not installed (on Debian: apt-get install texlive-latex-base texlive-latex-recommended texlive-fonts-recommended lmodern)
=> 4
$ test ! -e none.pdf

# Interrupted while TeX runs (a stylesheet whose LaTeX loops forever): exit 130, the TeX engine
# stopped, its temporary folder removed, no output. The signal is sent once TeX is seen running
# (its log file exists in the work folder), not after a guessed delay.
$ printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">\n<xsl:output method="text"/>\n<xsl:template match="/">\\documentclass{article}\\begin{document}\\def\\x{\\x}\\x\\end{document}</xsl:template>\n</xsl:stylesheet>\n' > loop.xsl
$ mkdir tmp && (TMPDIR=$PWD/tmp teipress render testsuite.xml --to pdf --xslt loop.xsl -o int.pdf & pid=$!; n=0; until ls tmp/*/*.log > /dev/null 2>&1 || [ $n -ge 1200 ]; do sleep 0.05; n=$((n+1)); done; ls tmp/*/*.log > /dev/null 2>&1 && echo "TeX running"; kill -INT $pid; wait $pid; echo "exit $?")
> TeX running
> exit 130
$ ls tmp | wc -l
> 0
$ test ! -e int.pdf
