import { describe, expect, it } from 'vitest';
import { escapeXml, scormManifest, xmlIdentifier } from '../../../src/domain/scorm';
import { parseXml } from './xml';

const files = ['assets/index-abc.js', 'assets/index-def.css', 'index.html', 'scenario.json', 'scorm.html'];

describe('SCORM 1.2 manifest', () => {
  const xml = scormManifest({
    identifier: 'profproba-example-first-call',
    title: 'Звонок <клиенту> & «чай»',
    href: 'scorm.html',
    files,
  });
  const elements = parseXml(xml);
  const byName = (name: string) => elements.filter((e) => e.name === name);

  it('is well-formed XML with the ADL SCORM 1.2 schema names', () => {
    const [root] = elements;
    expect(root?.name).toBe('manifest');
    expect(root?.attributes['xmlns']).toBe('http://www.imsproject.org/xsd/imscp_rootv1p1p2');
    expect(root?.attributes['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_rootv1p2');
    expect(byName('schema')[0]?.text).toBe('ADL SCORM');
    expect(byName('schemaversion')[0]?.text).toBe('1.2');
  });

  it('has one organisation with one item pointing at one SCO whose href is the launch page', () => {
    const organizations = byName('organizations')[0];
    const organization = byName('organization');
    expect(organization).toHaveLength(1);
    expect(organizations?.attributes['default']).toBe(organization[0]?.attributes['identifier']);
    const items = byName('item');
    expect(items).toHaveLength(1);
    const resources = byName('resource');
    expect(resources).toHaveLength(1);
    expect(items[0]?.attributes['identifierref']).toBe(resources[0]?.attributes['identifier']);
    expect(resources[0]?.attributes['adlcp:scormtype']).toBe('sco');
    expect(resources[0]?.attributes['type']).toBe('webcontent');
    expect(resources[0]?.attributes['href']).toBe('scorm.html');
  });

  it('gives unique identifiers that are XML names', () => {
    const ids = elements.flatMap((e) => (e.attributes['identifier'] ? [e.attributes['identifier']] : []));
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  });

  it('lists every file once and keeps the title as text', () => {
    expect(byName('file').map((f) => f.attributes['href'])).toEqual(
      expect.arrayContaining(files) as unknown as string[],
    );
    expect(byName('file')).toHaveLength(files.length);
    expect(byName('title').map((e) => e.text)).toEqual([
      'Звонок <клиенту> & «чай»',
      'Звонок <клиенту> & «чай»',
    ]);
  });

  it('stays well-formed whatever the title and identifier hold', () => {
    const hostile = scormManifest({
      identifier: '1 "bad" <id>',
      title: '"]]></title><script>alert(1)</script>\u0000',
      href: 'scorm.html',
      files: [],
    });
    const parsed = parseXml(hostile);
    expect(parsed.some((e) => e.name === 'script')).toBe(false);
    expect(parsed[0]?.attributes['identifier']).toMatch(/^[A-Za-z_][A-Za-z0-9._-]*$/);
  });

  it('escapes markup and makes identifiers from anything', () => {
    expect(escapeXml(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(xmlIdentifier('42 сценарий')).toBe('item');
    expect(xmlIdentifier('profproba-a.b_c')).toBe('profproba-a.b_c');
  });
});

describe('the test XML checker', () => {
  it('refuses what is not well-formed', () => {
    const head = '<?xml version="1.0"?>';
    expect(() => parseXml(`${head}<a><b></a>`)).toThrow();
    expect(() => parseXml(`${head}<a>x & y</a>`)).toThrow();
    expect(() => parseXml(`${head}<a x="1" x="2"/>`)).toThrow();
    expect(() => parseXml(`${head}<a/><b/>`)).toThrow();
    expect(() => parseXml('<a/>')).toThrow();
    expect(parseXml(`${head}<a x="&amp;">t&lt;</a>`)[0]).toMatchObject({
      attributes: { x: '&' },
      text: 't<',
    });
  });
});
