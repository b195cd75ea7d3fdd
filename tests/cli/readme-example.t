# The README's worked example is what teipress does: the typed text converts to the TEI shown,
# which validates and renders; the README's two blocks are the files' own text.
%requires pdflatex pdftotext
$ cp $SRC/editions/example/d12.txt . && teipress convert d12.txt -o d12.xml && cmp d12.xml $SRC/editions/example/d12.xml
$ teipress validate d12.xml
2> 1 file checked: 0 errors, 0 warnings
$ teipress render d12.xml --to html -o d12.html && teipress render d12.xml --to pdf -o d12.pdf && grep -o 'class="pb-mark"' d12.html && grep -o '<span class="label">A.</span>' d12.html && pdftotext d12.pdf - | grep -c 'The claims should be settled first'
> class="pb-mark"
> <span class="label">A.</span>
> 1

# The typed text in the README (its first ```text block) is d12.txt.
$ awk '/^```text$/ && !done { on = 1; next } on && /^```$/ { on = 0; done = 1 } on' $SRC/README.md > readme.txt && cmp readme.txt d12.txt

# The TEI in the README (the ```xml block after the example's comment) is d12.xml's body div.
$ awk '/^<!-- the body of editions\/example\/d12.xml/ { want = 1; next } want && /^```xml$/ { on = 1; next } on && /^```$/ { on = 0; want = 0 } on' $SRC/README.md > readme.xml && sed -n '/^      <div type="document"/,/^      <\/div>/p' d12.xml | sed 's/^      //' > div.xml && cmp readme.xml div.xml && wc -l < div.xml
> 18
