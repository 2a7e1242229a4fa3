# fish completion for lawdiff(1).
#
# Installed as share/fish/vendor_completions.d/lawdiff.fish. Hand-written (as
# ninja's are); tests/scripts/docs_completions.sh checks it against
# `lawdiff --help` and runs real completions, so it cannot drift silently.
# Act ids and aliases are asked of the binary at completion time
# (`lawdiff list --format ids`), so acts added with --corpus or LAWDIFF_PATH
# complete too. Acts known only to the corpus index (--index) are typed by
# title, as researchers write them, and are not listed.

# The words on the command line that are neither options nor the value of
# a global option that takes one: the subcommand, then (for index) its own.
function __fish_lawdiff_words
    set -l words (commandline -opc)
    set -e words[1]
    set -l skip 0
    for w in $words
        if test $skip = 1
            set skip 0
            continue
        end
        switch $w
            case --corpus --index --encoding -o --output --color --width
                set skip 1
            case '-*'
            case '*'
                echo $w
        end
    end
end

# The subcommand on the command line.
function __fish_lawdiff_subcommand
    set -l words (__fish_lawdiff_words)
    test (count $words) -ge 1; and echo $words[1]
end

# The subcommand of index on the command line (build, info, export).
function __fish_lawdiff_index_subcommand
    set -l words (__fish_lawdiff_words)
    test (count $words) -ge 2; and test $words[1] = index; and echo $words[2]
end

function __fish_lawdiff_index_needs_command
    __fish_lawdiff_using index; and not __fish_lawdiff_index_subcommand >/dev/null
end

# __fish_lawdiff_index_using SUB...: index's subcommand is one of SUB...
function __fish_lawdiff_index_using
    set -l sub (__fish_lawdiff_index_subcommand)
    and contains -- $sub $argv
end

function __fish_lawdiff_needs_command
    not __fish_lawdiff_subcommand >/dev/null
end

# __fish_lawdiff_using SUB...: the subcommand is one of SUB...
function __fish_lawdiff_using
    set -l sub (__fish_lawdiff_subcommand)
    and contains -- $sub $argv
end

# True once search has its PATTERN (the acts come after it), or when the
# words being typed are the acts of --in (--in ACT...).
function __fish_lawdiff_search_has_pattern
    set -l words (commandline -opc)
    set -l n 0
    set -l skip 0
    set -l in 0
    for w in $words[2..-1]
        if test $skip = 1
            set skip 0
            continue
        end
        switch $w
            case --corpus --index --encoding -o --output --color --width -f --format -s --style -C --context
                set skip 1
                set in 0
            case --in
                set in 1
            case '-*'
                set in 0
            case '*'
                test $in = 1; or set n (math $n + 1)
        end
    end
    # The first positional is "search" itself, the second the pattern.
    test $n -ge 2; or test $in = 1
end

# Act ids and aliases, as the binary on the command line sees them with the
# --corpus directories given there.
function __fish_lawdiff_acts
    set -l words (commandline -opc)
    set -l bin $words[1]
    string match -q -- '*/*' $bin; and test -x $bin; or set bin lawdiff
    set -l corpus
    set -l i 2
    while test $i -le (count $words)
        switch $words[$i]
            case --corpus
                set i (math $i + 1)
                set -q words[$i]; and set -a corpus --corpus $words[$i]
            case '--corpus=*'
                set -a corpus $words[$i]
        end
        set i (math $i + 1)
    end
    command $bin $corpus --no-pager --color=never list --format ids 2>/dev/null
end

complete -c lawdiff -f

# Subcommands.
complete -c lawdiff -n __fish_lawdiff_needs_command -a list -d 'List the acts lawdiff knows'
complete -c lawdiff -n __fish_lawdiff_needs_command -a outline -d 'Table of contents of an act'
complete -c lawdiff -n __fish_lawdiff_needs_command -a parse -d 'Parsed structure of a statute, with warnings'
complete -c lawdiff -n __fish_lawdiff_needs_command -a cite -d 'Print provisions with their formal citation'
complete -c lawdiff -n __fish_lawdiff_needs_command -a refs -d 'Cross-references inside an act'
complete -c lawdiff -n __fish_lawdiff_needs_command -a search -d 'Keyword-in-context hits with citations'
complete -c lawdiff -n __fish_lawdiff_needs_command -a diff -d 'Word-level diff of two provisions or acts'
complete -c lawdiff -n __fish_lawdiff_needs_command -a align -d 'Which provision corresponds to which'
complete -c lawdiff -n __fish_lawdiff_needs_command -a coverage -d 'Coverage tables of one act by another'
complete -c lawdiff -n __fish_lawdiff_needs_command -a compare -d 'Full comparison report of two acts'
complete -c lawdiff -n __fish_lawdiff_needs_command -a index -d 'The corpus index: build, inspect, export'
complete -c lawdiff -n __fish_lawdiff_needs_command -a versions -d 'Versions of an act in the corpus index'
complete -c lawdiff -n __fish_lawdiff_needs_command -a similar -d 'Most similar provisions across the index'

# Global options (accepted before and after the subcommand).
complete -c lawdiff -s h -l help -d 'Print help and exit'
complete -c lawdiff -n __fish_lawdiff_needs_command -s V -l version -d 'Print the version and exit'
complete -c lawdiff -l corpus -x -a '(__fish_complete_directories (commandline -ct))' -d 'Add every statute file under DIR'
complete -c lawdiff -l index -r -F -d 'The corpus index (default LAWDIFF_INDEX)'
complete -c lawdiff -l encoding -x -a 'UTF-8 UTF-16LE UTF-16BE GB18030 GBK Big5' -d 'Read input files in this encoding'
complete -c lawdiff -s o -l output -r -F -d 'Write the output to FILE, atomically'
complete -c lawdiff -l color -x -a 'auto always never' -d 'When to use colour'
complete -c lawdiff -l no-pager -d 'Never send output through a pager'
complete -c lawdiff -l no-cache -d 'Neither read nor write the word-segmentation cache'
complete -c lawdiff -l width -x -d 'Output width in columns'

# --format, per subcommand.
complete -c lawdiff -n '__fish_lawdiff_using list' -s f -l format -x -a 'text markdown tsv json ids' -d 'Output format'
complete -c lawdiff -n '__fish_lawdiff_using outline refs search align cite versions' -s f -l format -x -a 'text markdown tsv json' -d 'Output format'
complete -c lawdiff -n '__fish_lawdiff_using similar' -s f -l format -x -a 'text tsv json markdown' -d 'Output format'
complete -c lawdiff -n '__fish_lawdiff_index_using info' -s f -l format -x -a 'text json' -d 'Output format'
complete -c lawdiff -n '__fish_lawdiff_index_using export' -s f -l format -x -a 'jsonl' -d 'Output format (JSON Lines)'
complete -c lawdiff -n '__fish_lawdiff_using coverage' -s f -l format -x -a 'text markdown tsv json html' -d 'Output format'
complete -c lawdiff -n '__fish_lawdiff_using parse' -s f -l format -x -a 'text json' -d 'Output format'
complete -c lawdiff -n '__fish_lawdiff_using diff compare' -s f -l format -x -a 'text markdown html json' -d 'Output format'

# cite
complete -c lawdiff -n '__fish_lawdiff_using cite' -l style -x -a 'full\t"formal title" short\t"short title" id\t"short id" en\t"English"' -d 'How to cite'
complete -c lawdiff -n '__fish_lawdiff_using cite' -l batch -r -F -a - -d 'One reference per line from FILE (- for stdin)'

# search
complete -c lawdiff -n '__fish_lawdiff_using search' -l in -x -a '(__fish_lawdiff_acts)' -d 'With the corpus index, search only these acts'
complete -c lawdiff -n '__fish_lawdiff_using search' -l regex -d 'PATTERN is a regular expression'
complete -c lawdiff -n '__fish_lawdiff_using search' -s i -l ignore-case -d 'With --regex, ignore case'
complete -c lawdiff -n '__fish_lawdiff_using search' -s s -l style -x -a 'full\t"formal title" short\t"short title" id\t"short id" en\t"English"' -d 'How each hit is cited'
complete -c lawdiff -n '__fish_lawdiff_using search' -l context -x -d 'Characters of context around each hit'

# diff
complete -c lawdiff -n '__fish_lawdiff_using compare' -l versions -d 'Report as a 新旧对照 even when the titles differ'
complete -c lawdiff -n '__fish_lawdiff_using compare' -l all -d 'In a 新旧对照, show the unchanged pairs too'
complete -c lawdiff -n '__fish_lawdiff_using diff' -l layout -x -a 'side inline' -d 'Terminal layout'
complete -c lawdiff -n '__fish_lawdiff_using diff' -l by -x -a 'word char' -d 'Diff granularity'
complete -c lawdiff -n '__fish_lawdiff_using diff' -l all -d 'Two whole acts: show the unchanged pairs too'
complete -c lawdiff -n '__fish_lawdiff_using diff compare' -l ignore-space -x -a 'cjk\t"next to Chinese characters (default)" all\t"any white space" none\t"shown exactly"' -d 'White space that is no difference'

# align
complete -c lawdiff -n '__fish_lawdiff_using align' -l pin -x -d 'Force provision A to align with B (A=B)'
complete -c lawdiff -n '__fish_lawdiff_using align' -l forbid -x -d 'Forbid aligning A with B (A=B)'
complete -c lawdiff -n '__fish_lawdiff_using align' -l crosswalk -r -F -d 'Pin every pair listed in FILE'
complete -c lawdiff -n '__fish_lawdiff_using align' -l explain -x -d 'Show how the score of A=B is made'
complete -c lawdiff -n '__fish_lawdiff_using align' -l gold -r -F -d 'Score against a reference TSV (a/b/strength or old/new/relation)'

# index build|info|export
complete -c lawdiff -n __fish_lawdiff_index_needs_command -a build -d 'Parse statute files under DIR... into the index'
complete -c lawdiff -n __fish_lawdiff_index_needs_command -a info -d 'What the index holds'
complete -c lawdiff -n __fish_lawdiff_index_needs_command -a export -d 'One provision per line, as JSON Lines'
complete -c lawdiff -n '__fish_lawdiff_index_using build' -s j -l jobs -x -d 'Parser threads (default: the number of cores)'
complete -c lawdiff -n '__fish_lawdiff_index_using build' -s v -l verbose -d 'List the files that are not statutes'
complete -c lawdiff -n '__fish_lawdiff_index_using build' -x -a '(__fish_complete_directories (commandline -ct))'
complete -c lawdiff -n '__fish_lawdiff_index_using export' -s s -l style -x -a 'full\t"formal title" short\t"short title" id\t"short id" en\t"English"' -d 'How the citation field is written'

# similar
complete -c lawdiff -n '__fish_lawdiff_using similar' -l text -x -d 'Query with this text instead of a provision'
complete -c lawdiff -n '__fish_lawdiff_using similar' -l in -x -a '(__fish_lawdiff_acts; __fish_complete_directories (commandline -ct))' -d 'Only these acts, or acts under these directories'
complete -c lawdiff -n '__fish_lawdiff_using similar' -l include-self -d "Keep provisions of the query's own act"
complete -c lawdiff -n '__fish_lawdiff_using similar' -s n -l top -x -d 'How many to show (default 10)'
complete -c lawdiff -n '__fish_lawdiff_using similar' -l min-score -x -d 'Only scores of at least S (0-1)'
complete -c lawdiff -n '__fish_lawdiff_using similar' -s s -l style -x -a 'full\t"formal title" short\t"short title" id\t"short id" en\t"English"' -d 'How each hit is cited'

# Positional arguments: acts are ids, aliases or files; references start
# with an act id.
complete -c lawdiff -n '__fish_lawdiff_using outline parse refs align coverage compare' -F -a '(__fish_lawdiff_acts)'
complete -c lawdiff -n '__fish_lawdiff_using cite diff similar versions' -a '(__fish_lawdiff_acts)'
complete -c lawdiff -n '__fish_lawdiff_using search; and __fish_lawdiff_search_has_pattern' -F -a '(__fish_lawdiff_acts)'
