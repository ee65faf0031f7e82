import { costCategoryOf, formatFen, formatMoney, overThreshold, parseYuan, variance, yuanToFen } from './costs';

describe('operating cost rules', () => {
  it('parses yuan to integer fen without floating point', () => {
    expect(parseYuan('1,000.50')).toBe(100050);
    expect(parseYuan('¥200')).toBe(20000);
    expect(parseYuan('0.1')).toBe(10);
    expect(parseYuan(300)).toBe(30000);
    expect(parseYuan('1.234')).toBeNull();
    expect(parseYuan('-5')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
    expect(formatFen(100050)).toBe('1000.50');
    expect(formatFen(-5)).toBe('-0.05');
  });

  it('computes variance and the threshold flag in integers', () => {
    expect(variance(100000, 110000)).toEqual({ budgetFen: 100000, actualFen: 110000, varianceFen: 10000, variancePercent: 10 });
    expect(variance(0, 5).variancePercent).toBeNull();
    expect(variance(300, 200).variancePercent).toBe(-33.33);
    expect(overThreshold(100000, 105000, 500)).toBe(false); // exactly 5%: not more than
    expect(overThreshold(100000, 105001, 500)).toBe(true);
    expect(overThreshold(0, 1, 500)).toBe(true);
    expect(overThreshold(0, 0, 500)).toBe(false);
    expect(overThreshold(100, 90, 0)).toBe(false);
  });

  it('reads a category from its code or label', () => {
    expect(costCategoryOf('人工成本')).toBe('STAFF');
    expect(costCategoryOf('cleaning')).toBe('CLEANING');
    expect(costCategoryOf('ENERGY')).toBe('ENERGY');
    expect(costCategoryOf('咖啡')).toBeNull();
  });
});

describe('formatMoney', () => {
  it('puts the sign before the symbol and groups thousands', () => {
    expect(formatMoney(-408500)).toBe('-¥4,085.00');
    expect(formatMoney(1234567)).toBe('¥12,345.67');
    expect(formatMoney(0)).toBe('¥0.00');
    expect(formatMoney(-5)).toBe('-¥0.05');
    expect(formatMoney(123456789012)).toBe('¥1,234,567,890.12');
    expect(formatMoney(99, { symbol: false })).toBe('0.99');
    expect(formatMoney(yuanToFen(1234.5))).toBe('¥1,234.50');
    expect(formatMoney(yuanToFen(0.1 + 0.2))).toBe('¥0.30');
  });
});
