import { reachableRoles } from '../../engine/graph.js';
import { describeMove } from '../../engine/move.js';
import { advancementTrees, allSteps, startingRoles } from '../../engine/path.js';
import type { Role } from '../../knowledge-base/schema.js';
import { moveSentence, routeSentence } from '../../readiness/move-wording.js';
import { textWidth } from '../../text/wrap.js';
import type { CommandContext } from '../context.js';
import { CliError } from '../errors.js';
import { EXIT } from '../exit-codes.js';
import { careerCommand } from '../invocation.js';
import { dataText, isData, type PathFormat } from '../output-format.js';
import {
  renderDot,
  renderMermaid,
  renderNoRoute,
  renderNoRouteMarkdown,
  renderRoute,
  renderRouteMarkdown,
  renderTrees,
  renderTreesMarkdown,
  stepJson,
} from '../render/path.js';
import { roleNamed } from './resolve-roles.js';

export interface PathOptions {
  role?: string;
  to?: string;
  format: PathFormat;
}

/** The title of a picture or document of where roles lead: from one role, or all of them. */
const leadsTitle = (from: Role | undefined) =>
  from ? `Where ${from.title} leads` : 'Where the roles lead';

/** The graph as an SVG picture, drawn from the DOT above as a ladder; Graphviz is loaded only now. */
async function svg(
  knowledgeBase: Parameters<typeof renderDot>[0],
  roles: readonly Role[],
  steps: Parameters<typeof renderDot>[2],
): Promise<string> {
  const [{ dotToSvg }, { xml }] = await Promise.all([
    import('../render/path-svg.js'),
    import('../render/svg.js'),
  ]);
  const title = leadsTitle(roles.length === knowledgeBase.roles.length ? undefined : roles[0]);
  return dotToSvg(renderDot(knowledgeBase, roles, steps, true), xml(title));
}

export async function path(context: CommandContext, options: PathOptions): Promise<void> {
  const knowledgeBase = await context.knowledgeBase();
  const { stdout } = context.io;
  const from = options.role === undefined ? undefined : roleNamed(knowledgeBase, options.role);
  const to = options.to === undefined ? undefined : roleNamed(knowledgeBase, options.to);
  if (to && !from)
    throw new CliError('--to needs a role to start from: career path ROLE --to ROLE', EXIT.usage);

  if (from && to) {
    if (from.id === to.id)
      throw new CliError(
        `no route from ${from.title} to itself: choose two different roles`,
        EXIT.usage,
      );
    const move = describeMove(knowledgeBase, from, to);
    const route = move.route;
    // One JSON (or YAML) answer for a route and for none: the steps, or null and the nearest route.
    const routeData = (format: 'json' | 'yaml') =>
      dataText(format, {
        from: from.id,
        to: to.id,
        kind: move.kind,
        steps: route?.map(stepJson) ?? null,
        nearest: route ? null : (move.nearest?.map(stepJson) ?? null),
      });
    if (!route) {
      // Not found, said on stdout as data, with the nearest route the quiz also gives.
      // The commands it names load the same data.
      const career = careerCommand(context.globals());
      const sentences = [moveSentence(knowledgeBase, move), routeSentence(move, career)];
      if (isData(options.format)) stdout.write(await routeData(options.format));
      else if (options.format === 'markdown')
        stdout.write(renderNoRouteMarkdown(from, to, sentences, move.nearest, career));
      else
        stdout.write(
          renderNoRoute(
            from,
            sentences,
            move.nearest,
            await context.style(stdout),
            textWidth(stdout.columns),
            career,
          ),
        );
      throw new CliError(
        `no advancement route from ${from.id} to ${to.id}${move.nearest ? ': the nearest is above' : ''}`,
        EXIT.notFound,
      );
    }
    const roles = [route[0]?.from as Role, ...route.map((s) => s.to)];
    if (isData(options.format)) stdout.write(await routeData(options.format));
    else if (options.format === 'markdown') stdout.write(renderRouteMarkdown(route));
    else if (options.format === 'dot') stdout.write(renderDot(knowledgeBase, roles, route));
    else if (options.format === 'svg') stdout.write(await svg(knowledgeBase, roles, route));
    else if (options.format === 'mermaid') stdout.write(renderMermaid(roles, route));
    else stdout.write(renderRoute(route, await context.style(stdout), textWidth(stdout.columns)));
    return;
  }

  // Only tree and markdown draw trees: json, yaml, dot and mermaid list roles and edges, each once.
  if (options.format === 'tree' || options.format === 'markdown') {
    const trees = advancementTrees(knowledgeBase, from ? [from] : startingRoles(knowledgeBase));
    stdout.write(
      options.format === 'markdown'
        ? renderTreesMarkdown(leadsTitle(from), trees)
        : renderTrees(trees, await context.style(stdout), textWidth(stdout.columns)),
    );
    return;
  }
  const roles = from ? reachableRoles(knowledgeBase, from) : knowledgeBase.roles;
  const steps = allSteps(knowledgeBase, roles);
  if (isData(options.format))
    stdout.write(
      await dataText(options.format, {
        from: from?.id ?? null,
        roles: roles.map((r) => r.id),
        steps: steps.map(stepJson),
      }),
    );
  else if (options.format === 'dot') stdout.write(renderDot(knowledgeBase, roles, steps));
  else if (options.format === 'svg') stdout.write(await svg(knowledgeBase, roles, steps));
  else stdout.write(renderMermaid(roles, steps));
}
