import type { PdfScript } from './pdf-fonts.js';

/** A person's name and a title (a course's, a class's) in each script our PDFs print, as people would type them (made up). */
export const scriptSamples: Record<PdfScript | 'persian', { name: string; title: string; locale: string }> = {
  latin: { name: 'Nguyễn Thị Phương Thảo', title: 'Bắt đầu', locale: 'vi' },
  arabic: { name: 'ليلى حسن', title: 'البداية', locale: 'ar' },
  persian: { name: 'زهرا محمدی', title: 'آغاز کار 1405', locale: 'fa' },
  devanagari: { name: 'प्रिया शर्मा', title: 'शुरुआत करें', locale: 'hi' },
  gurmukhi: { name: 'ਗੁਰਪ੍ਰੀਤ ਕੌਰ ਸੰਧੂ', title: 'ਸ਼ੁਰੂਆਤ', locale: 'pa' },
  hans: { name: '王小明', title: '入门指南', locale: 'zh-Hans' },
  hant: { name: '陳美玲', title: '入門指南', locale: 'zh-Hant' },
  japanese: { name: '山田 花子', title: 'はじめに', locale: 'ja' },
  korean: { name: '김지민', title: '시작하기', locale: 'ko' },
};
