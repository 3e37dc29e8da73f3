import type { CommandSpec, OptionSpec, ValueKind } from '../completion-spec.js';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

interface Spec {
  global: OptionSpec[];
  commands: CommandSpec[];
}

const words = (list: readonly string[]) => list.join(' ');
const flags = (options: readonly OptionSpec[]) =>
  options.flatMap((o) => (o.short ? [o.short, o.long] : [o.long]));

/** A bash expression that fills COMPREPLY with the candidates of a kind. */
function bashValues(kind: ValueKind): string {
  if (kind === 'files') return 'COMPREPLY=($(compgen -f -- "$cur"))';
  if (typeof kind === 'object')
    return `COMPREPLY=($(compgen -W "${words(kind.choices)}" -- "$cur"))`;
  // Asked of career itself, so a user's own roles complete too.
  return `COMPREPLY=($(compgen -W "$(career __complete ${kind} 2>/dev/null)" -- "$cur"))`;
}

function bash(spec: Spec): string {
  const valueCases = spec.commands.flatMap((command) =>
    command.options
      .filter((o) => o.value)
      .map(
        (o) =>
          `    ${command.name}:${o.short ? `${o.short}|${command.name}:` : ''}${o.long}) ${bashValues(o.value as ValueKind)}; return ;;`,
      ),
  );
  const optionCases = spec.commands.map(
    (c) => `    ${c.name}) COMPREPLY=($(compgen -W "${words(flags(c.options))}" -- "$cur")) ;;`,
  );
  const argumentCases = spec.commands
    .filter((c) => c.argument)
    .map((c) => `    ${c.name}) ${bashValues(c.argument as ValueKind)} ;;`);
  return `# bash completion for career. Install it with:
#   career completion bash > ~/.local/share/bash-completion/completions/career
# or, for this shell only: source <(career completion bash)
_career() {
  local cur prev cmd i
  cur="\${COMP_WORDS[COMP_CWORD]}"
  prev="\${COMP_WORDS[COMP_CWORD-1]}"
  cmd=""
  for ((i = 1; i < COMP_CWORD; i++)); do
    case "\${COMP_WORDS[i]}" in
      -*) ;;
      *) cmd="\${COMP_WORDS[i]}"; break ;;
    esac
  done
  case "$cmd:$prev" in
${valueCases.join('\n')}
  esac
  if [[ -z "$cmd" ]]; then
    COMPREPLY=($(compgen -W "${words([...spec.commands.map((c) => c.name), ...flags(spec.global)])}" -- "$cur"))
    return
  fi
  if [[ "$cur" == -* ]]; then
    case "$cmd" in
${optionCases.join('\n')}
    esac
    return
  fi
  case "$cmd" in
${argumentCases.join('\n')}
  esac
}
complete -F _career career
`;
}

function zsh(spec: Spec): string {
  return `#compdef career
# zsh completion for career, through zsh's bash-completion support. Install it with:
#   career completion zsh > "\${fpath[1]}/_career"
# or, for this shell only: source <(career completion zsh)
autoload -U +X bashcompinit && bashcompinit
${bash(spec)
  .split('\n')
  .filter((line) => !line.startsWith('#'))
  .join('\n')}`;
}

function fishValues(kind: ValueKind): string {
  if (kind === 'files') return '-F';
  if (typeof kind === 'object') return `-f -a '${words(kind.choices)}'`;
  return `-f -a '(career __complete ${kind} 2>/dev/null)'`;
}

const fishQuote = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function fish(spec: Spec): string {
  const out = [
    '# fish completion for career. Install it with:',
    '#   career completion fish > ~/.config/fish/completions/career.fish',
    'complete -c career -f',
  ];
  const names = words(spec.commands.map((c) => c.name));
  for (const option of spec.global) {
    out.push(
      `complete -c career -n '__fish_use_subcommand' ${option.short ? `-s ${option.short.slice(1)} ` : ''}-l ${option.long.slice(2)} -d ${fishQuote(option.description)}`,
    );
  }
  for (const command of spec.commands) {
    out.push(
      `complete -c career -n 'not __fish_seen_subcommand_from ${names}' -a ${command.name} -d ${fishQuote(command.description)}`,
    );
    const when = `-n '__fish_seen_subcommand_from ${command.name}'`;
    if (command.argument) out.push(`complete -c career ${when} ${fishValues(command.argument)}`);
    for (const option of command.options) {
      const value = option.value ? ` -r ${fishValues(option.value)}` : '';
      out.push(
        `complete -c career ${when} ${option.short ? `-s ${option.short.slice(1)} ` : ''}-l ${option.long.slice(2)}${value} -d ${fishQuote(option.description)}`,
      );
    }
  }
  return `${out.join('\n')}\n`;
}

export function completionScript(shell: Shell, spec: Spec): string {
  return shell === 'bash' ? bash(spec) : shell === 'zsh' ? zsh(spec) : fish(spec);
}
