// Checks a manifest against scripts/manifest-allowlist.json: no permission, host pattern, content-script match or
// web_accessible_resources entry beyond the list. Used by the build (on dist/*) and by the unit tests (on the source).
import { readFileSync } from 'node:fs';

const allowlist = JSON.parse(readFileSync(new URL('./manifest-allowlist.json', import.meta.url), 'utf8'));

/** The entries of `manifest` that the allow-list does not hold, as readable lines (empty when all is well). */
export function manifestOverreach(manifest) {
  const problems = [];
  const extra = (what, values, allowed) => {
    for (const value of values ?? []) {
      const text = typeof value === 'string' ? value : JSON.stringify(value);
      if (!allowed.includes(text)) problems.push(`${what}: ${text}`);
    }
  };
  extra('permissions', manifest.permissions, allowlist.permissions);
  extra('optional_permissions', manifest.optional_permissions, allowlist.optional_permissions);
  extra('host_permissions', manifest.host_permissions, allowlist.host_permissions);
  extra('optional_host_permissions', manifest.optional_host_permissions, allowlist.host_permissions);
  extra(
    'content_scripts.matches',
    (manifest.content_scripts ?? []).flatMap((script) => script.matches),
    allowlist.content_script_matches,
  );
  extra('web_accessible_resources', manifest.web_accessible_resources, allowlist.web_accessible_resources);
  if (manifest.externally_connectable) problems.push('externally_connectable');
  return problems;
}
