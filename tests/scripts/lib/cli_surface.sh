# Sourced by the docs tests: what the binary's --help says it accepts, so the
# man page and the completions are checked against the program itself and
# cannot drift from it. Parses CLI11's help layout:
#   "Subcommands:" then "  NAME   description" lines;
#   option lines "  -f,--format FORMAT:{text,json}" (values in braces).

# surface_subcommands BIN [SUB]: one subcommand name per line (with SUB,
# the subcommands of SUB: `lawdiff index` has build, info, export).
surface_subcommands() {
  "$@" --help | awk '/^Subcommands:/ {on = 1; next} on && /^[^ ]/ {on = 0} on && /^  [a-z]/ {print $1}'
}

# surface_option_lines BIN [SUB]: the first field of each option line.
surface_option_lines() {
  local bin=$1
  shift
  "$bin" "$@" --help | sed -n 's/^  \(-[^ ]*\).*/\1/p'
}

# surface_long_options BIN [SUB]: each long option (--format), one a line.
surface_long_options() {
  surface_option_lines "$@" | tr ',' '\n' | grep -E '^--[a-zA-Z0-9]' | sed 's/[:=].*//'
}

# surface_values BIN [SUB]: "--option value" for each value an option
# accepts from a fixed set ({auto,always,never}); numeric ranges excluded.
surface_values() {
  local bin=$1
  shift
  "$bin" "$@" --help | sed -n 's/^  \(-[^ ]*\) [^ ]*:{\([^}]*\)}.*/\1 \2/p' | while read -r names values; do
    local long
    long=$(tr ',' '\n' <<<"$names" | grep -E '^--' | head -1)
    [ -n "$long" ] || continue
    tr ',' '\n' <<<"$values" | while read -r v; do echo "$long $v"; done
  done
}

# surface_all BIN: every subcommand, then every long option and value of
# the top level and of each subcommand, as "KIND SUB NAME [VALUE]" lines:
#   command - outline
#   option outline --format
#   value outline --format json
# A subcommand's own subcommands (index build, info, export) add their long
# options under the subcommand's name, once each:
#   option index --jobs
# so the man page documents them under its .SS "lawdiff index ..."
# subsections and each completion file names them. Their values are not
# listed: a "value SUB --option VALUE" line stands for completing
# `lawdiff SUB --option `, which names no sub-subcommand.
surface_all() {
  local bin=$1 sub subsub
  surface_long_options "$bin" | sed 's/^/option - /'
  surface_values "$bin" | sed 's/^/value - /'
  for sub in $(surface_subcommands "$bin"); do
    echo "command - $sub"
    {
      surface_long_options "$bin" "$sub"
      for subsub in $(surface_subcommands "$bin" "$sub"); do
        surface_long_options "$bin" "$sub" "$subsub"
      done
    } | awk '!seen[$0]++' | sed "s/^/option $sub /"
    surface_values "$bin" "$sub" | sed "s/^/value $sub /"
  done
}
