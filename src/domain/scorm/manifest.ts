/**
 * The `imsmanifest.xml` of a SCORM 1.2 package with one SCO. It uses the schema names of the ADL
 * SCORM 1.2 content packaging (IMS CP 1.1.2 with the `adlcp_rootv1p2` extension), which every
 * SCORM 1.2 LMS (Moodle among them) reads. No mastery score: pass or fail comes from the profile
 * fit (see result.ts), and an LMS would otherwise overrule it by comparing the raw score.
 */

export interface ManifestInput {
  /** The package's identifier: letters, digits, `.`, `_` and `-` (an XML name's safe subset). */
  identifier: string;
  title: string;
  /** The launch page, relative to the package root. */
  href: string;
  /** Every file of the package, relative to the root, the manifest itself excepted. */
  files: readonly string[];
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(text: string): string {
  // Characters XML 1.0 does not allow at all are dropped rather than escaped.
  // eslint-disable-next-line no-control-regex -- these control characters are what is removed
  const allowed = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  return allowed.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** An identifier the manifest's `ID`-typed attributes accept, made from any text. */
export function xmlIdentifier(text: string): string {
  const cleaned = text.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[^A-Za-z_]+/, '');
  return cleaned.length > 0 ? cleaned.slice(0, 100) : 'item';
}

export function scormManifest(input: ManifestInput): string {
  const id = xmlIdentifier(input.identifier);
  const title = escapeXml(input.title);
  const href = escapeXml(input.href);
  const files = [...new Set([input.href, ...input.files])]
    .map((file) => `      <file href="${escapeXml(file)}"/>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${id}" version="1.0"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${id}-org">
    <organization identifier="${id}-org">
      <title>${title}</title>
      <item identifier="${id}-item" identifierref="${id}-sco" isvisible="true">
        <title>${title}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${id}-sco" type="webcontent" adlcp:scormtype="sco" href="${href}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
