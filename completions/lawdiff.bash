# bash completion for lawdiff(1)                          -*- shell-script -*-
#
# Installed as share/bash-completion/completions/lawdiff. Hand-written (as
# ninja's are); tests/scripts/docs_completions.sh checks it against
# `lawdiff --help` and runs real completions, so it cannot drift silently.
# Act ids and aliases are asked of the binary at completion time
# (`lawdiff list --format ids`), so acts added with --corpus or LAWDIFF_PATH
# complete too.

_lawdiff_commands='list outline parse cite refs search diff align coverage compare'
_lawdiff_global_options='--help --version --corpus --encoding --output --color --no-pager --no-cache --width'

# _lawdiff_command_options SUB: the options SUB adds to the global ones.
_lawdiff_command_options() {
    case $1 in
        cite) echo '--style --batch --format' ;;
        search) echo '--regex --ignore-case --context --style --format' ;;
        diff) echo '--layout --by --format' ;;
        align) echo '--pin --forbid --crosswalk --explain --gold --format' ;;
        *) echo '--format' ;;
    esac
}

# _lawdiff_formats SUB: the values of SUB's --format.
_lawdiff_formats() {
    case $1 in
        list) echo 'text markdown tsv json ids' ;;
        outline | refs | search | align) echo 'text markdown tsv json' ;;
        coverage) echo 'text markdown tsv json html' ;;
        parse) echo 'text json' ;;
        cite) echo 'text markdown tsv json' ;;
        diff | compare) echo 'text markdown html json' ;;
    esac
}

# _lawdiff_acts BIN WORD...: the act ids and aliases BIN knows, with the
# --corpus directories given on the command line (WORD...) taken into account.
_lawdiff_acts() {
    local bin=$1 i
    shift
    local -a corpus=()
    for ((i = 1; i <= $#; i++)); do
        case ${!i} in
            --corpus) ((i++)) && [[ -n ${!i-} ]] && corpus+=(--corpus "${!i}") ;;
            --corpus=*) corpus+=("${!i}") ;;
        esac
    done
    "$bin" "${corpus[@]}" --no-pager --color=never list --format ids 2>/dev/null
}

# _lawdiff_compgen_lines WORDLIST: COMPREPLY from newline-separated words
# (aliases may hold any character but a newline).
_lawdiff_compgen_lines() {
    local IFS=$'\n'
    COMPREPLY+=($(compgen -W "$1" -- "$cur"))
}

_lawdiff() {
    local cur prev words cword split
    _init_completion -s -n : || return

    # The subcommand: the first word that is neither an option nor the
    # value of a global option that takes one.
    local sub='' i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --corpus | --encoding | -o | --output | --color | --width) ((i++)) ;;
            -*) ;;
            *) sub=${words[i]} && break ;;
        esac
    done
    local bin=${words[0]}
    [[ $bin == */* && -x $bin ]] || bin=lawdiff

    case $prev in
        --corpus) _filedir -d && return ;;
        -o | --output | --crosswalk | --gold) _filedir && return ;;
        --batch) COMPREPLY=($(compgen -W '-' -- "$cur")) && _filedir && return ;;
        --color) COMPREPLY=($(compgen -W 'auto always never' -- "$cur")) && return ;;
        --encoding) COMPREPLY=($(compgen -W 'UTF-8 UTF-16LE UTF-16BE GB18030 GBK Big5' -- "$cur")) && return ;;
        -f | --format) COMPREPLY=($(compgen -W "$(_lawdiff_formats "$sub")" -- "$cur")) && return ;;
        --style) COMPREPLY=($(compgen -W 'full short id en' -- "$cur")) && return ;;
        --layout) COMPREPLY=($(compgen -W 'side inline' -- "$cur")) && return ;;
        --by) COMPREPLY=($(compgen -W 'word char' -- "$cur")) && return ;;
        --width | --context | --pin | --forbid | --explain) return ;;
    esac
    $split && return

    if [[ -z $sub ]]; then
        if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "$_lawdiff_global_options" -- "$cur"))
            [[ ${COMPREPLY-} == *= ]] && compopt -o nospace
        else
            COMPREPLY=($(compgen -W "$_lawdiff_commands" -- "$cur"))
        fi
        return
    fi
    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$(_lawdiff_command_options "$sub") $_lawdiff_global_options" -- "$cur"))
        return
    fi

    # Positional arguments: acts (ids, aliases, files) or references.
    case $sub in
        list) ;;
        search)
            # The first positional is the PATTERN: nothing to offer.
            local n=0
            for ((i = i + 1; i < cword; i++)); do
                case ${words[i]} in
                    --corpus | --encoding | -o | --output | --color | --width | -f | --format | --context) ((i++)) ;;
                    -*) ;;
                    *) ((n++)) ;;
                esac
            done
            ((n > 0)) && _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            ;;
        cite | diff)
            _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            __ltrim_colon_completions "$cur"
            ;;
        *)
            _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            _filedir
            ;;
    esac
} &&
    complete -F _lawdiff lawdiff

# ex: filetype=sh
