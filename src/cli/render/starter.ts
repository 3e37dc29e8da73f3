/** The starter knowledge base `career init` writes: it validates as written, layered over the built-in roles. */
export const STARTER_ROLES = `# yaml-language-server: $schema=./knowledge-base.schema.json
#
# Your own roles for career-advisor. Use them with:
#   career --data THIS-FOLDER list
# or set CAREER_DATA=THIS-FOLDER for every command. Check them with:
#   career validate THIS-FOLDER
#
# These roles are layered over the built-in ones: a role here with the id of
# a built-in role replaces it whole, and you may use the built-in tracks
# (digital-marketing, e-commerce) and levels (associate, advanced). To use
# only your own roles, add --no-builtin and define your tracks and levels too.
# The format, field by field: docs/knowledge-base.md in career-advisor.

# A track groups roles by what the work is for.
tracks:
  - id: content-marketing
    title: Content marketing
    practitioner: content marketer
    responsibility: Attract and keep an audience with content worth their time.
    focus: Writing, publishing and measuring content across the company's channels.

roles:
  - id: content-marketing-specialist       # kebab-case, unique
    title: Content marketing specialist
    track: content-marketing                # a track id: yours or a built-in one
    level: associate                        # a level id (built-in: associate, advanced)
    summary: >-
      Plans, writes and publishes the content that brings people to the
      company's sites, and measures what works.
    aliases: [Content marketer, Content specialist]   # other names people type
    responsibilities:                       # at least one
      - Plan and write content for the website, blog and newsletters
      - Optimize content for search with the SEO team
      - Measure how content performs and report on it
    advancesTo:                             # role ids, yours or built-in; no loops
      - content-marketing-manager
      - digital-marketing-manager

  - id: content-marketing-manager
    title: Content marketing manager
    track: content-marketing
    level: advanced
    summary: >-
      Leads the content strategy and the team that carries it out.
    responsibilities:
      - Set the content strategy and editorial calendar
      - Lead and develop a team of writers and editors
      - Measure and report the return on investment of content
`;
