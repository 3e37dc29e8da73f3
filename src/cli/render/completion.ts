import type { Shell } from '../choices.js';
import type { CommandSpec, OptionSpec, ProgramSpec, ValueKind } from '../completion-spec.js';

/*
 * Each shell's script walks the words before the cursor the same way: the
 * options that take a value skip it (so `--data my-roles` is never taken for
 * the command), the first other word is the command, the rest are counted
 * as its arguments; global options are kept and passed on to
 * `career __complete`, so `career --data my-roles show <Tab>` offers your
 * roles. Then the word under the cursor is a value (the previous word takes
 * one), an option (it starts with "-"), the command, or the n-th argument.
 */

const words = (list: readonly string[]) => list.join(' ');
const flags = (options: readonly OptionSpec[]) =>
  options.flatMap((o) => (o.short ? [o.short, o.long] : [o.long]));

/** Each command's options that take a value, as `command:--flag|command:-f`: the words whose next word is a value. */
function optionsWithValues(spec: ProgramSpec): string[] {
  return spec.commands.flatMap((c) =>
    valued(c.options).map((o) =>
      flags([o])
        .map((f) => `${c.name}:${f}`)
        .join('|'),
    ),
  );
}

const valued = (options: readonly OptionSpec[]) => options.filter((o) => o.value !== undefined);
/** Global flags that change what __complete answers: everything but help and version. */
const passedOn = (options: readonly OptionSpec[]) =>
  options.filter((o) => o.value === undefined && o.long !== '--help' && o.long !== '--version');

/** Case patterns for each argument position: `show:*` for a repeating last one. */
function positions(command: CommandSpec, separator: string): [string, ValueKind | null][] {
  return command.arguments.map((argument, index) => [
    argument.variadic && index === command.arguments.length - 1
      ? `${command.name}${separator}*`
      : `${command.name}${separator}${index}`,
    argument.kind,
  ]);
}

function bashValues(kind: ValueKind | null): string {
  if (kind === null) return ':';
  if (typeof kind === 'object')
    return `COMPREPLY=($(compgen -W "${words(kind.choices)}" -- "$cur"))`;
  return `_career_values ${kind}`;
}

function bash(spec: ProgramSpec): string {
  const walk = [
    ...valued(spec.global).map(
      (o) =>
        `      ${flags([o]).join('|')}) globals+=("$w" "\${COMP_WORDS[i+1]}"); i=$((i + 1)) ;;`,
    ),
    ...passedOn(spec.global).map((o) => `      ${flags([o]).join('|')}) globals+=("$w") ;;`),
  ];
  const skips = optionsWithValues(spec);
  const values = [
    ...spec.commands.flatMap((c) =>
      valued(c.options).map(
        (o) =>
          `    ${flags([o])
            .map((f) => `${c.name}:${f}`)
            .join('|')}) ${bashValues(o.value ?? null)}; return ;;`,
      ),
    ),
    ...valued(spec.global).map(
      (o) =>
        `    ${flags([o])
          .map((f) => `*:${f}`)
          .join('|')}) ${bashValues(o.value ?? null)}; return ;;`,
    ),
  ];
  const optionCases = spec.commands.map(
    (c) => `      ${c.name}) COMPREPLY=($(compgen -W "${words(flags(c.options))}" -- "$cur")) ;;`,
  );
  const argumentCases = spec.commands.flatMap((c) =>
    positions(c, ':').map(([pattern, kind]) => `    ${pattern}) ${bashValues(kind)} ;;`),
  );
  return `# bash completion for career. Install it with:
#   mkdir -p ~/.local/share/bash-completion/completions
#   career completion bash > ~/.local/share/bash-completion/completions/career
# or, for this shell only: source <(career completion bash)
_career_values() {
  local IFS=$'\\n'
  case "$1" in
    files) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur")) ;;
    folders) compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -d -- "$cur")) ;;
    *) COMPREPLY=($(compgen -W "$(career "\${globals[@]}" __complete "$1" 2>/dev/null)" -- "$cur")) ;;
  esac
}
_career() {
  local cur="\${COMP_WORDS[COMP_CWORD]}" prev="\${COMP_WORDS[COMP_CWORD-1]}" cmd="" w i n=0
  local -a globals=()
  for ((i = 1; i < COMP_CWORD; i++)); do
    w="\${COMP_WORDS[i]}"
    case "$w" in
${walk.join('\n')}
      -*) case "$cmd:$w" in ${skips.join('|') || '-'}) i=$((i + 1)) ;; esac ;;
      *) if [[ -z "$cmd" ]]; then cmd="$w"; else n=$((n + 1)); fi ;;
    esac
  done
  case "$cmd:$prev" in
${values.join('\n')}
  esac
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${optionCases.join('\n')}
      *) COMPREPLY=($(compgen -W "${words(flags(spec.global))}" -- "$cur")) ;;
    esac
    return
  fi
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${words(spec.commands.map((c) => c.name))}" -- "$cur"))
    return
  fi
  case "$cmd:$n" in
${argumentCases.join('\n')}
  esac
}
complete -F _career career
`;
}

/** An entry of a zsh `_describe` list: "name:description", colons in the name escaped. */
const zshEntry = (name: string, description: string) =>
  `'${name.replace(/:/g, '\\:')}:${description.replace(/'/g, `'\\''`)}'`;

function zshValues(kind: ValueKind | null): string {
  if (kind === null) return ':';
  if (typeof kind === 'object') return `compadd -- ${words(kind.choices)}`;
  return `_career_values ${kind}`;
}

function zsh(spec: ProgramSpec): string {
  const describeOptions = (options: readonly OptionSpec[]) =>
    options.flatMap((o) => flags([o]).map((f) => zshEntry(f, o.description))).join(' ');
  const walk = [
    ...valued(spec.global).map(
      (o) => `      (${flags([o]).join('|')}) globals+=("$w" "\${words[i+1]}"); (( i++ )) ;;`,
    ),
    ...passedOn(spec.global).map((o) => `      (${flags([o]).join('|')}) globals+=("$w") ;;`),
  ];
  const skips = optionsWithValues(spec);
  const values = [
    ...spec.commands.flatMap((c) =>
      valued(c.options).map(
        (o) =>
          `    (${flags([o])
            .map((f) => `${c.name}:${f}`)
            .join('|')}) ${zshValues(o.value ?? null)}; return ;;`,
      ),
    ),
    ...valued(spec.global).map(
      (o) =>
        `    (${flags([o])
          .map((f) => `*:${f}`)
          .join('|')}) ${zshValues(o.value ?? null)}; return ;;`,
    ),
  ];
  const optionCases = spec.commands.map(
    (c) => `      (${c.name}) opts=(${describeOptions(c.options)}) ;;`,
  );
  const argumentCases = spec.commands.flatMap((c) =>
    positions(c, ':').map(([pattern, kind]) => `    (${pattern}) ${zshValues(kind)} ;;`),
  );
  return `#compdef career
# zsh completion for career. Install it with:
#   mkdir -p ~/.zfunc && career completion zsh > ~/.zfunc/_career
# and, in ~/.zshrc, before compinit: fpath=(~/.zfunc $fpath); autoload -Uz compinit && compinit
# or, for this shell only: source <(career completion zsh)
_career_values() {
  case $1 in
    (files) _files ;;
    (folders) _files -/ ;;
    (*)
      local -a items
      items=(\${(f)"$(career "\${globals[@]}" __complete $1 2>/dev/null)"})
      compadd -a items ;;
  esac
}
_career() {
  local cur="\${words[CURRENT]}" prev="\${words[CURRENT-1]}" cmd="" w
  local -i i n=0
  # Not "options" or "commands": zsh keeps its own arrays by those names.
  local -a globals opts cmds
  for (( i = 2; i < CURRENT; i++ )); do
    w="\${words[i]}"
    case $w in
${walk.join('\n')}
      (-*) case "$cmd:$w" in (${skips.join('|') || '-'}) (( i++ )) ;; esac ;;
      (*) if [[ -z $cmd ]]; then cmd=$w; else (( n++ )); fi ;;
    esac
  done
  case "$cmd:$prev" in
${values.join('\n')}
  esac
  if [[ $cur == -* ]]; then
    case $cmd in
${optionCases.join('\n')}
      (*) opts=(${describeOptions(spec.global)}) ;;
    esac
    _describe -t options option opts
    return
  fi
  if [[ -z $cmd ]]; then
    cmds=(${spec.commands.map((c) => zshEntry(c.name, c.description)).join(' ')})
    _describe -t commands command cmds
    return
  fi
  case "$cmd:$n" in
${argumentCases.join('\n')}
  esac
}
# Autoloaded from fpath, this file is the body of _career; sourced, it registers it.
if [[ \${funcstack[1]} == _career ]]; then
  _career "$@"
else
  compdef _career career
fi
`;
}

function fishValues(kind: ValueKind | null): string {
  if (kind === null) return 'return';
  if (typeof kind === 'object') return `printf '%s\\n' ${words(kind.choices)}; return`;
  if (kind === 'files') return `__fish_complete_path "$cur"; return`;
  if (kind === 'folders') return `__fish_complete_directories "$cur"; return`;
  return `career $globals __complete ${kind} 2>/dev/null; return`;
}

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
/** Candidates with their descriptions, as fish shows them: "word<Tab>description". */
const fishList = (entries: readonly [string, string][]) =>
  `printf '%s\\t%s\\n' ${entries.map(([name, description]) => `${fishQuote(name)} ${fishQuote(description)}`).join(' ')}`;

function fish(spec: ProgramSpec): string {
  const describeOptions = (options: readonly OptionSpec[]) =>
    fishList(options.flatMap((o) => flags([o]).map((f): [string, string] => [f, o.description])));
  const walk = [
    ...valued(spec.global).map(
      (o) =>
        `            case ${flags([o]).join(' ')}\n                set -a globals $w $tokens[(math $i + 1)]\n                set i (math $i + 1)`,
    ),
    ...passedOn(spec.global).map(
      (o) => `            case ${flags([o]).join(' ')}\n                set -a globals $w`,
    ),
  ];
  const skips = spec.commands.flatMap((c) =>
    valued(c.options).flatMap((o) => flags([o]).map((f) => `${c.name}:${f}`)),
  );
  const values = [
    ...spec.commands.flatMap((c) =>
      valued(c.options).map(
        (o) =>
          `        case ${flags([o])
            .map((f) => `${c.name}:${f}`)
            .join(' ')}\n            ${fishValues(o.value ?? null)}`,
      ),
    ),
    ...valued(spec.global).map(
      (o) =>
        `        case ${flags([o])
          .map((f) => `'*:${f}'`)
          .join(' ')}\n            ${fishValues(o.value ?? null)}`,
    ),
  ];
  const optionCases = spec.commands.map(
    (c) => `            case ${c.name}\n                ${describeOptions(c.options)}`,
  );
  const argumentCases = spec.commands.flatMap((c) =>
    positions(c, ':').map(
      ([pattern, kind]) => `        case '${pattern}'\n            ${fishValues(kind)}`,
    ),
  );
  return `# fish completion for career. Install it with:
#   mkdir -p ~/.config/fish/completions
#   career completion fish > ~/.config/fish/completions/career.fish
function __career_complete
    set -l tokens (commandline -opc)
    set -l cur (commandline -ct)
    set -l cmd ''
    set -l n 0
    set -l globals
    set -l i 2
    while test $i -le (count $tokens)
        set -l w $tokens[$i]
        switch $w
${walk.join('\n')}
            case '-*'
                if contains -- "$cmd:$w" ${skips.map((s) => `'${s}'`).join(' ')}
                    set i (math $i + 1)
                end
            case '*'
                if test -z "$cmd"
                    set cmd $w
                else
                    set n (math $n + 1)
                end
        end
        set i (math $i + 1)
    end
    set -l prev ''
    if test (count $tokens) -gt 1
        set prev $tokens[-1]
    end
    switch "$cmd:$prev"
${values.join('\n')}
    end
    if string match -q -- '-*' "$cur"
        switch "$cmd"
${optionCases.join('\n')}
            case '*'
                ${describeOptions(spec.global)}
        end
        return
    end
    if test -z "$cmd"
        ${fishList(spec.commands.map((c): [string, string] => [c.name, c.description]))}
        return
    end
    switch "$cmd:$n"
${argumentCases.join('\n')}
    end
end
complete -c career -f -a '(__career_complete)'
`;
}

export function completionScript(shell: Shell, spec: ProgramSpec): string {
  return shell === 'bash' ? bash(spec) : shell === 'zsh' ? zsh(spec) : fish(spec);
}
