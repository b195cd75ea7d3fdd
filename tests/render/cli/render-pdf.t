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

# A TeX error names TeX's own message, what TeX read, and the TEI line its LaTeX came from
# (here a stylesheet of the user's writes an undefined command for every hi; the hi is in the
# paragraph on line 4).
$ printf '<TEI xmlns="http://www.tei-c.org/ns/1.0">\n<text><body>\n<p>First.</p>\n<p>Second <hi>x</hi>.</p>\n</body></text></TEI>\n' > broken.xml
$ printf '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:tei="http://www.tei-c.org/ns/1.0">\n<xsl:import href="%s/xslt/latex/tei-to-latex.xsl"/>\n<xsl:template match="tei:hi">\\nosuchcommand{}</xsl:template>\n</xsl:stylesheet>\n' "$SRC" > broken.xsl
$ teipress render broken.xml --to pdf --xslt broken.xsl -o broken.pdf
2>* broken.xml:4:1: error: pdflatex failed (exit 1): Undefined control sequence. (LaTeX line
2>* : {Second \nosuchcommand)
=> 4
$ test ! -e broken.pdf

# Killed with SIGKILL while TeX runs (teipress cannot catch it): TeX dies with it, and the next
# run removes the folder it left behind. (The run is killed once TeX has started: its log
# exists.)
$ mkdir killtmp
$ (TMPDIR=$PWD/killtmp teipress render testsuite.xml --to pdf --xslt loop.xsl -o k.pdf 2>/dev/null & pid=$!; while ! ls killtmp/*/document.log >/dev/null 2>&1; do sleep 0.05; done; kill -KILL $pid; wait $pid; echo "exit $?")
> exit 137
$ ls killtmp | wc -l
> 1
$ sleep 0.5; for p in /proc/[0-9]*; do readlink $p/cwd 2>/dev/null; done | grep -c "$PWD/killtmp"
> 0
=> 1
$ TMPDIR=$PWD/killtmp teipress render testsuite.xml --to pdf -o after.pdf --param warn-unhandled=no
$ ls killtmp | wc -l
> 0
