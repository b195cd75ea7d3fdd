# The command table: help, version, unknown commands.
$ teipress --version
>* teipress 0.1.0

$ teipress help
>* usage: teipress COMMAND [ARGS...]
>*   convert   convert a FRUS reading text (.txt) into TEI P5
>* exit codes: 0 ok

$ teipress
>* usage: teipress COMMAND
=> 2

$ teipress conver x.txt
2> teipress: error: unknown command 'conver'; did you mean 'convert'?
2> run 'teipress help' for the list of commands
=> 2

$ teipress frobnicate
2> teipress: error: unknown command 'frobnicate'
2> run 'teipress help' for the list of commands
=> 2
