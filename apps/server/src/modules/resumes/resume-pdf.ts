import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { ResumePeriod } from '@jiuye/domain/recruitment/resume';
import type { ResumeView } from './resumes.service';

// Chinese needs a CJK font inside the PDF: the 14 standard PDF fonts have no Chinese glyphs, and
// the server must not depend on system fonts. Noto Sans Hans (SIL OFL 1.1) ships as OTF in the npm
// package @embedpdf/fonts-sc; pdfkit (through fontkit) embeds only the glyphs a résumé uses, so a
// PDF stays around 100 KB, and writes a ToUnicode map, so its text can be searched and copied.
const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');

let fonts: { regular: Buffer; bold: Buffer } | undefined;
/** Read once per process (8 MB each); fontkit parses them per document. */
function cjkFonts() {
  fonts ??= {
    regular: readFileSync(join(FONT_DIR, 'NotoSansHans-Regular.otf')),
    bold: readFileSync(join(FONT_DIR, 'NotoSansHans-Bold.otf')),
  };
  return fonts;
}

const MARGIN = 50;
const COLOR = { text: '#1f1f1f', muted: '#666666', accent: '#1664d9', rule: '#c9d6ea' };
const SIZE = { name: 22, heading: 13, body: 10.5, small: 9 };

const periodText = (p: ResumePeriod) => `${p.start} – ${p.end ?? '至今'}`;

export interface PdfOptions {
  generatedAt: Date;
  /** A line under the name, e.g. which posting an application was for. */
  subtitle?: string;
}

/** Renders a résumé view (already masked or not, as the caller decided) as an A4 PDF. */
export function renderResumePdf(view: ResumeView, opts: PdfOptions): Promise<Buffer> {
  const { regular, bold } = cjkFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 12, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'zh-CN',
    info: { Title: `简历 - ${view.person.name}`, Creator: '就业服务平台 Jiuye' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  doc.registerFont('body', regular);
  doc.registerFont('bold', bold);
  const width = doc.page.width - MARGIN * 2;
  const left = MARGIN;

  const heading = (title: string) => {
    // Keep a heading with at least two lines of its section.
    if (doc.y > doc.page.height - MARGIN - 80) doc.addPage();
    doc.moveDown(0.8);
    doc.font('bold').fontSize(SIZE.heading).fillColor(COLOR.accent).text(title, left, doc.y, { width });
    const y = doc.y + 2;
    doc
      .moveTo(left, y)
      .lineTo(left + width, y)
      .lineWidth(0.8)
      .strokeColor(COLOR.rule)
      .stroke();
    doc.y = y + 6;
  };

  /** A bold line with a right-aligned date, as résumés lay out entries. */
  const entryLine = (title: string, right: string) => {
    const y = doc.y;
    doc.font('body').fontSize(SIZE.body);
    const rightWidth = doc.widthOfString(right) + 4;
    doc.fillColor(COLOR.muted).text(right, left, y, { width, align: 'right' });
    const afterRight = doc.y;
    doc
      .font('bold')
      .fontSize(SIZE.body)
      .fillColor(COLOR.text)
      .text(title, left, y, { width: width - rightWidth - 12 });
    doc.y = Math.max(doc.y, afterRight);
  };

  const paragraph = (text: string, opts: { muted?: boolean } = {}) => {
    if (!text) return;
    doc
      .font('body')
      .fontSize(SIZE.body)
      .fillColor(opts.muted ? COLOR.muted : COLOR.text)
      .text(text, left, doc.y, { width, lineGap: 3 });
  };

  // ── Name, contact, objective ──
  const { person, education, content } = view;
  doc.font('bold').fontSize(SIZE.name).fillColor(COLOR.text).text(person.name, left, MARGIN, { width });
  const contact = [person.phone && `电话 ${person.phone}`, person.email && `邮箱 ${person.email}`]
    .filter(Boolean)
    .join('    ');
  doc.moveDown(0.2);
  if (contact) paragraph(contact, { muted: true });
  if (person.masked) paragraph('姓名与联系方式已隐去，邀请面试后可见', { muted: true });
  if (content.objective) paragraph(`求职意向：${content.objective}`);
  if (opts.subtitle) paragraph(opts.subtitle, { muted: true });

  heading('教育背景');
  entryLine(`${education.universityName} · ${education.collegeName}`, `${education.graduationYear} 届`);
  paragraph(`${education.majorName ?? education.majorCode} · ${education.degreeName}（学籍信息由高校核验）`);

  if (content.internships.length) {
    heading('实习经历');
    content.internships.forEach((item, i) => {
      if (i) doc.moveDown(0.4);
      entryLine(`${item.organisation} · ${item.role}`, periodText(item));
      paragraph(item.description);
    });
  }
  if (content.projects.length) {
    heading('项目经历');
    content.projects.forEach((item, i) => {
      if (i) doc.moveDown(0.4);
      entryLine(item.role ? `${item.name} · ${item.role}` : item.name, periodText(item));
      paragraph(item.description);
    });
  }
  if (content.skills.length) {
    heading('专业技能');
    paragraph(content.skills.join('、'));
  }
  for (const [title, items] of [
    ['获奖情况', content.awards],
    ['证书', content.certificates],
  ] as const) {
    if (!items.length) continue;
    heading(title);
    for (const item of items) entryLine(item.name, item.date);
  }
  if (content.selfIntroduction) {
    heading('自我评价');
    paragraph(content.selfIntroduction);
  }

  // Footer on every page (bufferPages keeps them open); bottom margin 0 so it does not add a page.
  const range = doc.bufferedPageRange();
  const stamp = opts.generatedAt.toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('body')
      .fontSize(SIZE.small)
      .fillColor(COLOR.muted)
      .text(
        `就业服务平台生成 · ${stamp} · 第 ${i - range.start + 1}/${range.count} 页`,
        left,
        doc.page.height - MARGIN + 8,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
