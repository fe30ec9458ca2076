/**
 * The CMS and the content schemas cannot drift: for every collection, every schema field has a CMS field with
 * the same name, requiredness, type, allowed values and reference target, recursively, and the other way round.
 * The schema side is the real Zod object (introspected), the CMS side the generated Decap configuration.
 */
import { describe, expect, it } from 'vitest';
import { buildCmsConfig, collections, FRONTMATTER_FORMAT, MDX_COLLECTIONS } from '../cms/config';
import { articleSchema } from '../src/schemas/article';
import { guideSchema } from '../src/schemas/guide';
import { localitySchema } from '../src/schemas/locality';
import { pageSchema } from '../src/schemas/page';
import { profileSchema } from '../src/schemas/profile';
import { settingsSchema } from '../src/schemas/settings';
import { statsSchema } from '../src/schemas/stats';
import { bulletinSchema } from '../src/schemas/bulletin';
import type { CmsField } from '../src/schemas/fields';
import { COLLECTION_NAMES } from '../src/schemas/registry';
import { cmsObjectShape, compareShapes, testTools, zodShape } from './helpers/cms-agreement';
import { driftedArticleCmsFields, driftedArticleSchema } from './fixtures/cms/drifted';

const SCHEMAS = {
  articles: articleSchema(testTools),
  profiles: profileSchema(testTools),
  guides: guideSchema(testTools),
  localities: localitySchema(testTools),
  stats: statsSchema(testTools),
  settings: settingsSchema(testTools),
  pages: pageSchema(testTools),
  bulletins: bulletinSchema(testTools),
};

/** The frontmatter/data fields of a collection as the CMS edits them (the MDX body is not frontmatter). */
function cmsFieldsOf(name: string): CmsField[] {
  const collection = collections.find((c) => c.name === name);
  if (!collection) throw new Error(`CMS không có bộ sưu tập ${name}`);
  const fields = collection.fields ?? collection.files?.[0]?.fields ?? [];
  return fields.filter((f) => !(f.name === 'body' && (MDX_COLLECTIONS as readonly string[]).includes(name)));
}

describe('schema ↔ CMS agreement', () => {
  it('bulletin audio is uploaded to public/audio/phat-thanh/ and served from /audio/phat-thanh/', () => {
    const bulletins = collections.find((c) => c.name === 'bulletins')!;
    expect(bulletins).toMatchObject({ media_folder: '/public/audio/phat-thanh', public_folder: '/audio/phat-thanh' });
    const audio = bulletins.fields!.find((f) => f.name === 'audio')!;
    expect(audio.widget).toBe('file');
    const schema = bulletinSchema(testTools).shape.audio;
    expect(schema.safeParse('/audio/phat-thanh/ban-tin.mp3').success).toBe(true);
    expect(schema.safeParse('/audio/phat-thanh/ban-tin.ogg').success).toBe(true);
    expect(schema.safeParse('/audio/phat-thanh/ban-tin.wav').success).toBe(false);
    expect(schema.safeParse('https://example.com/a.mp3').success).toBe(false);
  });

  it('covers every collection, and only those', () => {
    expect(collections.map((c) => c.name).sort()).toEqual([...COLLECTION_NAMES].sort());
  });

  it.each(Object.keys(SCHEMAS))('%s: same fields, requiredness, values and references', (name) => {
    const problems = compareShapes(zodShape(SCHEMAS[name as keyof typeof SCHEMAS]), cmsObjectShape(cmsFieldsOf(name)));
    expect(problems).toEqual([]);
  });

  it('MDX collections have a sanitised markdown body and write .mdx files with frontmatter', () => {
    for (const name of MDX_COLLECTIONS) {
      const collection = collections.find((c) => c.name === name)!;
      expect(collection).toMatchObject({ folder: `src/content/${name}`, extension: 'mdx', format: FRONTMATTER_FORMAT });
      const body = collection.fields!.find((f) => f.name === 'body')!;
      expect(body).toMatchObject({ widget: 'markdown', sanitize_preview: true });
    }
  });

  it('edits every list item in its own input: no list is one comma-separated text', () => {
    const lists: CmsField[] = [];
    const walk = (fields: CmsField[]) => {
      for (const f of fields) {
        if (f.widget === 'list') lists.push(f);
        if (Array.isArray(f.fields)) walk(f.fields as CmsField[]);
      }
    };
    for (const c of collections) walk(c.fields ?? c.files?.flatMap((file) => file.fields) ?? []);
    expect(lists.length).toBeGreaterThanOrEqual(10);
    for (const list of lists) expect(Boolean(list.field) || Array.isArray(list.fields), list.name).toBe(true);
  });

  it('relations store the entry id ({{slug}}) and search by the Vietnamese name', () => {
    const relations: CmsField[] = [];
    const walk = (fields: CmsField[]) => {
      for (const f of fields) {
        if (f.widget === 'relation') relations.push(f);
        if (Array.isArray(f.fields)) walk(f.fields as CmsField[]);
      }
    };
    for (const c of collections) walk(c.fields ?? c.files?.flatMap((file) => file.fields) ?? []);
    expect(relations.length).toBeGreaterThanOrEqual(8);
    for (const r of relations) {
      expect(r.value_field).toBe('{{slug}}');
      expect(r.search_fields).toEqual(
        r.collection === 'profiles' ? ['name'] : r.collection === 'laws' ? ['number', 'title'] : ['title'],
      );
    }
  });

  it('images land in src/assets/images/<collection>/ and are written relative to the entry', () => {
    for (const name of MDX_COLLECTIONS.filter((n) => n !== 'bulletins')) {
      const collection = collections.find((c) => c.name === name)!;
      expect(collection.media_folder).toBe(`/src/assets/images/${name}`);
      expect(collection.public_folder).toBe(`../../assets/images/${name}`);
    }
  });
});

describe('the agreement check catches drift (deliberately drifted fixtures)', () => {
  it('reports hand edits on the CMS side', () => {
    const problems = compareShapes(
      zodShape(SCHEMAS.articles),
      cmsObjectShape(driftedArticleCmsFields(cmsFieldsOf('articles'))),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^author: schema bắt buộc, CMS không bắt buộc/),
        expect.stringMatching(/^category: giá trị được phép khác nhau/),
        expect.stringMatching(/^relatedGuides\[\]: tham chiếu tới guides nhưng CMS chọn từ profiles/),
        expect.stringMatching(/^title: có trong schema, thiếu trong CMS/),
        expect.stringMatching(/^tieuDe: có trong CMS, thiếu trong schema/),
        expect.stringMatching(/^cover\.alt: schema bắt buộc, CMS không bắt buộc/),
      ]),
    );
    expect(problems).toHaveLength(6);
  });

  it('reports hand edits on the schema side', () => {
    const problems = compareShapes(zodShape(driftedArticleSchema(testTools)), cmsObjectShape(cmsFieldsOf('articles')));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^subtitle: có trong schema, thiếu trong CMS/),
        expect.stringMatching(/^category: giá trị được phép khác nhau/),
        expect.stringMatching(/^localities\[\]: tham chiếu tới guides nhưng CMS chọn từ localities/),
        expect.stringMatching(/^featured: schema là string, CMS là boolean/),
      ]),
    );
    expect(problems).toHaveLength(4);
  });
});

describe('backend chosen at build time', () => {
  it('defaults to GitHub with the editorial workflow and Vietnamese UI', () => {
    const config = buildCmsConfig({ CMS_REPO: 'cong-an/antq' });
    expect(config).toMatchObject({
      backend: { name: 'github', repo: 'cong-an/antq', branch: 'main' },
      publish_mode: 'editorial_workflow',
      locale: 'vi',
    });
    expect(config.local_backend).toBeUndefined();
  });

  it('configures GitLab, Gitea and Forgejo for PKCE login, and the local decap-server', () => {
    expect(
      buildCmsConfig({
        CMS_BACKEND: 'gitlab',
        CMS_REPO: 'ca/antq',
        CMS_APP_ID: 'abc',
        CMS_BASE_URL: 'https://git.ca.vn',
      }).backend,
    ).toEqual({
      name: 'gitlab',
      repo: 'ca/antq',
      branch: 'main',
      auth_type: 'pkce',
      app_id: 'abc',
      base_url: 'https://git.ca.vn',
      api_root: 'https://git.ca.vn/api/v4',
      commit_messages: expect.any(Object),
    });
    expect(
      buildCmsConfig({
        CMS_BACKEND: 'forgejo',
        CMS_REPO: 'ca/antq',
        CMS_APP_ID: 'x',
        CMS_BASE_URL: 'https://forgejo.ca.vn/',
      }).backend,
    ).toMatchObject({
      name: 'forgejo',
      base_url: 'https://forgejo.ca.vn',
      api_root: 'https://forgejo.ca.vn/api/v1',
      auth_endpoint: 'https://forgejo.ca.vn/login/oauth/authorize',
    });
    expect(buildCmsConfig({ CMS_LOCAL_BACKEND: 'http://127.0.0.1:8081/api/v1' }).local_backend).toEqual({
      url: 'http://127.0.0.1:8081/api/v1',
      allowed_hosts: ['127.0.0.1', 'localhost'],
    });
  });

  it('writes Vietnamese commit messages that name the entry', () => {
    const messages = buildCmsConfig({}).backend.commit_messages as Record<string, string>;
    expect(messages.create).toBe('Tạo {{collection}} “{{slug}}”');
    for (const template of Object.values(messages)) expect(template).not.toMatch(/\b(Create|Update|Delete|Upload)\b/);
  });

  it('refuses an unknown backend or a self-hosted one without its address', () => {
    expect(() => buildCmsConfig({ CMS_BACKEND: 'svn' })).toThrow(/CMS_BACKEND="svn"/);
    expect(() => buildCmsConfig({ CMS_BACKEND: 'gitea' })).toThrow(/CMS_BASE_URL/);
  });
});
