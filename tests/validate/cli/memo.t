# The memo (Document 67) as convert writes it: valid; its copy lost page 209, a warning.
$ teipress convert "$SRC/editions/frus1964-68v17/d67.txt" --edition "$SRC/editions/frus1964-68v17" -o d67.xml && teipress validate d67.xml
2>* d67.xml:
2>* : warning: page 209 is missing: page 210 follows page 208 [pb-gap]
2>* 1 file checked: 0 errors, 1 warning

$ teipress validate --format github d67.xml
>* ::warning file=d67.xml,line=
>* title=teipress [pb-gap]::page 209 is missing: page 210 follows page 208
