#!/usr/bin/env bash
# complete.sh SCRIPT LINE: sources the bash completion SCRIPT and completes LINE as bash does
# when TAB is pressed at its end: its words (split at blanks and at '=', as COMP_WORDBREAKS
# does), the last one being completed (a LINE ending in a blank completes a new, empty word).
# Prints the candidates of COMPREPLY, one a line, sorted.
set -u
source "$1" || exit 2
line=$2
read -ra COMP_WORDS <<< "${line//=/ = }"
if [[ $line == *" " || -z $line ]]; then COMP_WORDS+=(""); fi
COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
COMP_LINE=$line
COMP_POINT=${#line}
COMPREPLY=()
"$(complete -p teipress | sed -n 's/.*-F \([^ ]*\) .*/\1/p')" teipress "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]:-}"
if ((${#COMPREPLY[@]})); then printf '%s\n' "${COMPREPLY[@]}" | LC_ALL=C sort; fi
