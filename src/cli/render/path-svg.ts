/**
 * DOT to SVG in this process, with Graphviz compiled to WebAssembly
 * (@viz-js/viz, bundled into a file of its own): no Graphviz to install,
 * nothing fetched. It is imported here, and this module only by `path
 * --format svg`, so no other command loads or compiles it. `title` is
 * plain text, made safe for XML by the caller.
 */
export async function dotToSvg(dot: string, title: string): Promise<string> {
  const { instance } = await import('@viz-js/viz');
  const viz = await instance();
  const result = viz.render(dot, { format: 'svg' });
  if (result.status !== 'success' || result.output === undefined) {
    // The DOT is ours: a failure here is a bug, reported with Graphviz's words.
    throw new Error(
      `Graphviz could not draw the graph: ${result.errors.map((e) => e.message).join('; ')}`,
    );
  }
  // A title as the picture's first child: what a screen reader says of it, and a browser tab shows.
  const titled = result.output.replace(/(<svg\b[^>]*>)/, `$1\n<title>${title}</title>`);
  return titled.endsWith('\n') ? titled : `${titled}\n`;
}
