# bash completion for lawdiff(1)                          -*- shell-script -*-
#
# Installed as share/bash-completion/completions/lawdiff. Hand-written (as
# ninja's are); tests/scripts/docs_completions.sh checks it against
# `lawdiff --help` and runs real completions, so it cannot drift silently.
# Act ids and aliases are asked of the binary at completion time
# (`lawdiff list --format ids`), so acts added with --corpus or LAWDIFF_PATH
# complete too. Acts known only to the corpus index (--index) are typed by
# title, as researchers write them, and are not listed.

_lawdiff_commands='list outline parse cite refs search diff align coverage compare index versions similar'
_lawdiff_index_commands='build info export'
_lawdiff_global_options='--help --version --corpus --index --encoding --output --color --no-pager --no-cache --width'

# _lawdiff_command_options SUB [INDEX-SUB]: the options SUB (for index, its
# subcommand INDEX-SUB) adds to the global ones.
_lawdiff_command_options() {
    case $1 in
        cite) echo '--style --batch --format' ;;
        search) echo '--in --regex --ignore-case --context --style --format' ;;
        diff) echo '--layout --by --ignore-space --all --format' ;;
        compare) echo '--versions --all --ignore-space --format' ;;
        align) echo '--pin --forbid --crosswalk --explain --gold --format' ;;
        similar) echo '--text --in --include-self --top --min-score --style --format' ;;
        index)
            case ${2-} in
                build) echo '--jobs --verbose' ;;
                info) echo '--format' ;;
                export) echo '--format --style' ;;
            esac
            ;;
        *) echo '--format' ;;
    esac
}

# _lawdiff_formats SUB [INDEX-SUB]: the values of SUB's --format.
_lawdiff_formats() {
    case $1 in
        list) echo 'text markdown tsv json ids' ;;
        outline | refs | search | align | versions) echo 'text markdown tsv json' ;;
        coverage) echo 'text markdown tsv json html' ;;
        parse) echo 'text json' ;;
        cite) echo 'text markdown tsv json' ;;
        diff | compare) echo 'text markdown html json' ;;
        similar) echo 'text tsv json markdown' ;;
        index)
            case ${2-} in
                info) echo 'text json' ;;
                export) echo 'jsonl' ;;
            esac
            ;;
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
            --corpus | --index | --encoding | -o | --output | --color | --width) ((i++)) ;;
            -*) ;;
            *) sub=${words[i]} && break ;;
        esac
    done
    # index has subcommands of its own: build, info, export.
    local isub='' j
    if [[ $sub == index ]]; then
        for ((j = i + 1; j < cword; j++)); do
            case ${words[j]} in
                --corpus | --index | --encoding | -o | --output | --color | --width) ((j++)) ;;
                -*) ;;
                *) isub=${words[j]} && break ;;
            esac
        done
    fi
    local bin=${words[0]}
    [[ $bin == */* && -x $bin ]] || bin=lawdiff

    case $prev in
        --corpus) _filedir -d && return ;;
        --index) _filedir && return ;;
        -o | --output | --crosswalk | --gold) _filedir && return ;;
        --batch) COMPREPLY=($(compgen -W '-' -- "$cur")) && _filedir && return ;;
        --color) COMPREPLY=($(compgen -W 'auto always never' -- "$cur")) && return ;;
        --encoding) COMPREPLY=($(compgen -W 'UTF-8 UTF-16LE UTF-16BE GB18030 GBK Big5' -- "$cur")) && return ;;
        -f | --format) COMPREPLY=($(compgen -W "$(_lawdiff_formats "$sub" "$isub")" -- "$cur")) && return ;;
        -s | --style) COMPREPLY=($(compgen -W 'full short id en' -- "$cur")) && return ;;
        --layout) COMPREPLY=($(compgen -W 'side inline' -- "$cur")) && return ;;
        --by) COMPREPLY=($(compgen -W 'word char' -- "$cur")) && return ;;
        --ignore-space) COMPREPLY=($(compgen -W 'cjk all none' -- "$cur")) && return ;;
        --in)
            _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            [[ $sub == similar ]] && _filedir -d
            return
            ;;
        --width | --context | --pin | --forbid | --explain | --text | -n | --top | --min-score | -j | --jobs) return ;;
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
        COMPREPLY=($(compgen -W "$(_lawdiff_command_options "$sub" "$isub") $_lawdiff_global_options" -- "$cur"))
        return
    fi

    # Positional arguments: acts (ids, aliases, files) or references.
    case $sub in
        list) ;;
        search)
            # The first positional is the PATTERN: nothing to offer. The
            # words after --in are its acts (--in ACT...).
            local n=0 in=0
            for ((i = i + 1; i < cword; i++)); do
                case ${words[i]} in
                    --corpus | --index | --encoding | -o | --output | --color | --width | -f | --format | -s | --style | -C | --context) in=0 && ((i++)) ;;
                    --in) in=1 ;;
                    -*) in=0 ;;
                    *) ((in)) || ((n++)) ;;
                esac
            done
            ((n > 0 || in)) && _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            ;;
        cite | diff | similar)
            _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            __ltrim_colon_completions "$cur"
            ;;
        versions)
            _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            ;;
        index)
            case $isub in
                '') COMPREPLY=($(compgen -W "$_lawdiff_index_commands" -- "$cur")) ;;
                build) _filedir -d ;;
            esac
            ;;
        *)
            _lawdiff_compgen_lines "$(_lawdiff_acts "$bin" "${words[@]}")"
            _filedir
            ;;
    esac
} &&
    complete -F _lawdiff lawdiff

# ex: filetype=sh
