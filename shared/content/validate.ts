import { z } from 'zod';
import {
  AnswerTypeSchema,
  CategorySchema,
  ChecklistItemSchema,
  ChecklistSchema,
  CriterionSchema,
  QuestionSchema,
  type Category,
  type Checklist,
  type Criterion,
  type Library,
  type Question,
} from './schema.js';
import { isCustomQuestionId } from '#shared/schemas/questions.js';
import { checkQuality } from './quality.js';

/**
 * One file of the content folder as the loader found it: its parsed JSON, or why it could not be
 * parsed. `file` is relative to the content folder with forward slashes ("questions/billing.json"),
 * so messages read the same on every platform.
 */
export type ContentFile = { file: string; data: unknown } | { file: string; parseError: string };

/** `path` is a JSON path inside the file, like `questions[3].criteriaIds[1]`; empty for the whole file. */
export type ContentError = { file: string; path: string; message: string };

export type ContentResult = { ok: true; library: Library } | { ok: false; errors: ContentError[] };

export const CRITERIA_FILE = 'criteria.json';
export const CATEGORIES_FILE = 'categories.json';
export const CHECKLISTS_FILE = 'checklists.json';
export const QUESTIONS_DIR = 'questions';

/** Question files are named after their category: questions/<category-id>.json. */
const questionFileCategory = (file: string): string | undefined =>
  /^questions\/([^/]+)\.json$/.exec(file)?.[1];

type Path = readonly PropertyKey[];

/** Renders a zod-style path under a root name: ['3','criteriaIds',1] -> `questions[3].criteriaIds[1]`. */
export function formatPath(root: string, path: Path): string {
  let out = root;
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : `.${String(key)}`;
  return out;
}

/**
 * Content files are strict: an unknown field is almost always a typo ("followups"), and a typo in
 * an optional field would otherwise vanish silently.
 */
const strictSchemas = {
  criteria: CriterionSchema.strict(),
  categories: CategorySchema.strict(),
  // Built-in questions say how they are answered; custom ones may leave it out (see schema.ts).
  questions: QuestionSchema.extend({
    answerType: z.enum(AnswerTypeSchema.options, { error: 'must be "behavioral", "situational" or "general" (how the question is answered)' }),
  }).strict(),
  checklists: ChecklistSchema.extend({ items: z.array(ChecklistItemSchema.strict()).min(1) }).strict(),
};

/** Parses a file that must hold an array, item by item, so one bad item does not hide the rest. */
function parseArrayFile<S extends z.ZodType>(
  source: ContentFile,
  root: string,
  schema: S,
  errors: ContentError[],
): { items: z.output<S>[]; paths: string[] } {
  const items: z.output<S>[] = [];
  const paths: string[] = [];
  if ('parseError' in source) {
    errors.push({ file: source.file, path: '', message: source.parseError });
    return { items, paths };
  }
  if (!Array.isArray(source.data)) {
    errors.push({ file: source.file, path: root, message: 'must be a JSON array' });
    return { items, paths };
  }
  source.data.forEach((raw, index) => {
    const result = schema.safeParse(raw);
    if (result.success) {
      items.push(result.data);
      paths.push(formatPath(root, [index]));
      return;
    }
    for (const issue of result.error.issues) {
      const path: PropertyKey[] = [index, ...issue.path];
      // zod reports unknown keys on the object; name the key itself so the path points at the typo.
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) {
          errors.push({ file: source.file, path: formatPath(root, [...path, key]), message: `unknown field "${key}"` });
        }
      } else {
        errors.push({ file: source.file, path: formatPath(root, path), message: issue.message });
      }
    }
  });
  return { items, paths };
}

/** Where an item came from, for error messages that point back at the file. */
export type Located<T> = { value: T; file: string; path: string };

function locate<T>(file: string, parsed: { items: T[]; paths: string[] }): Located<T>[] {
  return parsed.items.map((value, i) => ({ value, file, path: parsed.paths[i] ?? '' }));
}

/** Reports every id used twice, pointing at the later use and naming the first. */
function checkDuplicates<T>(
  items: Located<T>[],
  keyOf: (item: T) => string,
  what: string,
  field: string,
  errors: ContentError[],
): void {
  const first = new Map<string, Located<T>>();
  for (const item of items) {
    const key = keyOf(item.value);
    const earlier = first.get(key);
    if (earlier) {
      errors.push({
        file: item.file,
        path: `${item.path}.${field}`,
        message: `duplicate ${what} (also at ${earlier.file}: ${earlier.path})`,
      });
    } else {
      first.set(key, item);
    }
  }
}

/** Same words, ignoring case, spacing and the final punctuation: the same question asked twice. */
const normalizeText = (text: string): string =>
  text.toLowerCase().replace(/\s+/g, ' ').replace(/[?.!\s]+$/, '');

function findFile(files: ContentFile[], name: string, errors: ContentError[]): ContentFile | undefined {
  const found = files.find((f) => f.file === name);
  if (!found) errors.push({ file: name, path: '', message: 'file is missing' });
  return found;
}

/**
 * Checks the built-in question bank: every file against its schema, then the links between files
 * (questions name real criteria and categories), then uniqueness. Pure: the caller reads the files.
 */
export function validateContent(files: ContentFile[]): ContentResult {
  const errors: ContentError[] = [];
  const parse = <S extends z.ZodType>(source: ContentFile | undefined, root: string, schema: S) =>
    source ? locate(source.file, parseArrayFile(source, root, schema, errors)) : [];

  // Links are only checked against a file that loaded cleanly; otherwise one broken criteria.json
  // would bury its own error under an "unknown criterion" for every question that uses it.
  const loadsCleanly = <T>(load: () => T): [T, boolean] => {
    const before = errors.length;
    const value = load();
    return [value, errors.length === before];
  };
  const [criteria, criteriaLoaded] = loadsCleanly(
    (): Located<Criterion>[] => parse(findFile(files, CRITERIA_FILE, errors), 'criteria', strictSchemas.criteria),
  );
  const [categories, categoriesLoaded] = loadsCleanly(
    (): Located<Category>[] => parse(findFile(files, CATEGORIES_FILE, errors), 'categories', strictSchemas.categories),
  );
  const checklists: Located<Checklist>[] = parse(
    findFile(files, CHECKLISTS_FILE, errors),
    'checklists',
    strictSchemas.checklists,
  );

  const questionFiles = files.filter((f) => f.file.startsWith(`${QUESTIONS_DIR}/`));
  if (questionFiles.length === 0) {
    errors.push({ file: `${QUESTIONS_DIR}/`, path: '', message: 'no question files (expected questions/<category-id>.json)' });
  }
  const questions: Located<Question>[] = [];
  for (const source of questionFiles) {
    // A parse error is reported as is, whatever the name (the loader uses "questions/" for the folder).
    if ('parseError' in source) {
      errors.push({ file: source.file, path: '', message: source.parseError });
      continue;
    }
    if (questionFileCategory(source.file) === undefined) {
      errors.push({ file: source.file, path: '', message: 'question files must be named questions/<category-id>.json' });
      continue;
    }
    questions.push(...parse(source, 'questions', strictSchemas.questions));
  }

  const known = new Set([CRITERIA_FILE, CATEGORIES_FILE, CHECKLISTS_FILE]);
  for (const f of files) {
    if (!known.has(f.file) && !f.file.startsWith(`${QUESTIONS_DIR}/`)) {
      errors.push({ file: f.file, path: '', message: 'not a content file (expected criteria, categories, checklists or questions/*)' });
    }
  }

  const criterionIds = new Set(criteria.map((c) => c.value.id));
  const categoryIds = new Set(categories.map((c) => c.value.id));
  for (const q of questions) {
    const { categoryId, criteriaIds } = q.value;
    if (categoriesLoaded && !categoryIds.has(categoryId)) {
      errors.push({ file: q.file, path: `${q.path}.categoryId`, message: `unknown category "${categoryId}"` });
    }
    // The file name is the category, so a question filed in the wrong file is caught here.
    const fileCategory = questionFileCategory(q.file);
    if (fileCategory !== categoryId) {
      errors.push({
        file: q.file,
        path: `${q.path}.categoryId`,
        message: `"${categoryId}" does not match the file's category "${fileCategory}"`,
      });
    }
    criteriaIds.forEach((id, i) => {
      if (criteriaLoaded && !criterionIds.has(id)) {
        errors.push({ file: q.file, path: `${q.path}.criteriaIds[${i}]`, message: `unknown criterion "${id}"` });
      }
    });
  }

  checkDuplicates(criteria, (c) => c.id, 'criterion id', 'id', errors);
  checkDuplicates(categories, (c) => c.id, 'category id', 'id', errors);
  checkDuplicates(checklists, (c) => c.id, 'checklist id', 'id', errors);
  for (const list of checklists) {
    const items = list.value.items.map((value, i) => ({ value, file: list.file, path: `${list.path}.items[${i}]` }));
    checkDuplicates(items, (item) => item.id, 'checklist item id', 'id', errors);
  }
  checkDuplicates(questions, (q) => q.id, 'question id', 'id', errors);
  // The user's own questions get ids with this prefix; a built-in one with it could meet one of theirs.
  for (const q of questions) {
    if (isCustomQuestionId(q.value.id)) errors.push({ file: q.file, path: `${q.path}.id`, message: 'ids starting with "custom-" are kept for your own questions' });
  }
  checkDuplicates(questions, (q) => normalizeText(q.text), 'question text', 'text', errors);
  checkQuality({ criteria, checklists, questions }, errors);

  if (errors.length > 0) return { ok: false, errors };

  // Questions follow the order of categories.json, so a mock interview can walk the stages in order.
  const categoryOrder = new Map(categories.map((c, i) => [c.value.id, i]));
  const ordered = [...questions].sort(
    (a, b) => (categoryOrder.get(a.value.categoryId) ?? 0) - (categoryOrder.get(b.value.categoryId) ?? 0),
  );
  return {
    ok: true,
    library: {
      criteria: criteria.map((c) => c.value),
      categories: categories.map((c) => c.value),
      questions: ordered.map((q) => ({ ...q.value, custom: false })),
      checklists: checklists.map((c) => c.value),
    },
  };
}
