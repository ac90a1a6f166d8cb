import { describe, expect, it } from 'vitest';
import { langFromAcceptLanguage } from '../../server/src/i18n/lang.js';
import { fieldLabels, messages, translate } from '../../server/src/i18n/messages.js';
import { containsPattern, foldForSearch } from '../../server/src/text.js';

describe('search folding', () => {
  it('drops case and Vietnamese diacritics, including đ', () => {
    expect(foldForSearch('Nguyễn Văn Đức')).toBe('nguyen van duc');
    expect(foldForSearch('CẢI CÁCH HÀNH CHÍNH')).toBe('cai cach hanh chinh');
    expect(foldForSearch('Thị trấn Yến Lạc')).toContain('yen lac');
  });
  it('takes the user\'s wildcards literally', () => {
    expect(containsPattern('100%_a!')).toBe('%100!%!_a!!%');
  });
});

describe('language of the request', () => {
  it('is Vietnamese unless English is preferred', () => {
    expect(langFromAcceptLanguage(undefined)).toBe('vi');
    expect(langFromAcceptLanguage('en-US,en;q=0.9')).toBe('en');
    expect(langFromAcceptLanguage('fr-FR, en;q=0.5, vi;q=0.8')).toBe('vi');
    expect(langFromAcceptLanguage('de')).toBe('vi');
  });
});

describe('server messages', () => {
  it('exist in both languages for every key and field', () => {
    for (const [key, texts] of Object.entries(messages)) {
      expect(texts.vi, key).toBeTruthy();
      expect(texts.en, key).toBeTruthy();
    }
    for (const [field, labels] of Object.entries(fieldLabels)) {
      expect(labels.vi, field).toBeTruthy();
      expect(labels.en, field).toBeTruthy();
    }
  });
  it('name the field in the sentence and start with a capital', () => {
    expect(translate('vi', 'input.required', { field: 'title' })).toBe('Vui lòng nhập tiêu đề.');
    expect(translate('en', 'task.deadlineBeforeStart', { deadline: '2023-11-01', startDate: '2023-11-05' })).toContain('cannot be before');
  });
});
