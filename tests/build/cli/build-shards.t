# teipress build --shard K/N and --assemble: the way a CI matrix of N machines builds a volume.
$ cp $SRC/tests/volume/fixtures/small-volume.xml vol.xml
$ teipress build vol.xml -o share1 --shard 1/2 --formats html,text 2>/dev/null
>* d1 -> share1/d1.{xml,html,txt}
>* d3 -> share1/d3.{xml,html,txt}
>! d2 ->
>* 2 of 2 document(s) of share 1/2 built into share1 (2 made, 0 up to date)
$ teipress build vol.xml -o share2 --shard 2/2 --formats html,text 2>/dev/null
>* d2 -> share2/d2.{xml,html,txt}
>* 1 of 1 document(s) of share 2/2 built into share2 (1 made, 0 up to date)
$ ls share1/.teipress share2/.teipress
> share1/.teipress:
> shard-1-of-2
>
> share2/.teipress:
> shard-2-of-2

# Assembling one share alone names the documents no share built.
$ mkdir part && cp -r share1/. part/ && teipress build vol.xml -o part --assemble --formats html,text
2>* part:1:1: error: 1 document(s) not built by any share (or built from other inputs): d2; build every share first (--shard K/N)
=> 1

# The shares gathered into one folder, then assembled: the same files as one whole build.
$ mkdir all && cp -r share1/. all/ && cp -r share2/. all/
$ teipress build vol.xml -o all --assemble --formats html,text 2>/dev/null
>* 3 of 3 document(s) built into all
$ teipress build vol.xml -o whole --formats html,text 2>/dev/null >/dev/null && diff -r all whole && echo same
> same
