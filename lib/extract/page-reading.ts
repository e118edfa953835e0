/**
 * PageReading: what the capture script reads from the live page, as plain data.
 *
 * Extraction has two halves. Reading the page needs the DOM (which text is a heading,
 * a list item, hidden, noise; where Readability finds the article) and runs in the tab,
 * injected on the user's click. Understanding the text (labels, dates, rates, eisen and
 * wensen) needs no DOM and runs in the extension itself. Keeping the injected half small
 * is what keeps the capture script within its size budget; this schema is the edge
 * between the halves, checked in the background before anything is understood or stored.
 *
 * The DOM half imports only the types (erased at build time), never Zod itself.
 */
import { z } from 'zod';
import { MAX_LINES, MAX_LINE_TEXT as MAX_TEXT } from './reading-caps';

export const PageLine = z.object({
  text: z.string().max(MAX_TEXT),
  /** 1–6 for h1–h6, 7 for a bold line, `dt`, `summary` or tab label; 0 otherwise. */
  heading: z.number().int().min(0).max(7),
  /** A list item, a table row, or a line that starts with a bullet or a number. */
  item: z.boolean(),
  /** List nesting depth (0 outside lists). */
  depth: z.number().int().min(0),
  /** Cell texts for rows of data tables. */
  cells: z.array(z.string().max(MAX_TEXT)).nullable(),
  /** The texts of the line's inline elements when there are several ("<span>Arnhem</span> <span>32 uur</span>"). */
  parts: z.array(z.string().max(MAX_TEXT)).nullable(),
  noise: z.boolean(),
  hidden: z.boolean(),
  /** Every character of the line is emphasised. */
  bold: z.boolean(),
  /** Inside the article Mozilla Readability found. */
  article: z.boolean(),
});
export type PageLine = z.infer<typeof PageLine>;

/** What the document's head says about the page. */
export const PageHead = z.object({
  /** Meta tags by lower-case name or property: og:site_name, og:title, … */
  meta: z.record(z.string(), z.string()),
  title: z.string().optional(),
  canonical: z.string().optional(),
});
export type PageHead = z.infer<typeof PageHead>;

export const PageReading = z.object({
  url: z.string(),
  head: PageHead,
  /** Raw texts of every `<script type="application/ld+json">`, head first. */
  jsonLd: z.array(z.string()),
  lines: z.array(PageLine).max(MAX_LINES),
  /** Cards of other postings found in lists (search results, related postings). */
  listedPostings: z.number().int().min(0),
  /** Alt texts of images in the posting itself (not in noise, header, navigation or footer). */
  imageAlts: z.array(z.string()),
  /** Readability was not run: the page is too deep or too large for it (see article.ts). */
  articleSkipped: z.boolean(),
});
export type PageReading = z.infer<typeof PageReading>;
