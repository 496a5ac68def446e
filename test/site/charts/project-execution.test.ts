import { describe, expect, test } from 'vitest';
import { projectExecution, type ExecutionRow } from '../../../src/lib/charts/project-execution';
import { renderPlot } from '../../../src/lib/render-plot';
import { normalizeSvg } from '../normalize-svg';
import { parseSvg, texts, tips } from './project-svg-helpers';

// Three tables as the report prints them: table 10 prints 0.60% where B/A is 60%.
const rows: ExecutionRow[] = [
  {
    key: 'aggregation',
    label: '丰台区大数据汇聚平台二期工程项目',
    rate: 60,
    printed: 0.6,
    shortfall: true,
    valueText: '60%',
    tip: '汇聚平台：60%',
    printedTip: '报告印为0.60%',
  },
  {
    key: 'lianxintong',
    label: '丰台区空巢独居老年人养老服务“连心通”',
    rate: 69.25,
    shortfall: true,
    valueText: '69.25%',
    tip: '连心通：69.25%',
  },
  {
    key: 'cloud',
    label: '丰台区统一政务云数据中心项目',
    rate: 100,
    shortfall: false,
    valueText: '100%',
    tip: '政务云：100%',
  },
];
const legend = [
  { label: '足额执行', symbol: 'square' as const, color: 'var(--c1)' },
  { label: '未足额执行', symbol: 'square' as const, color: 'var(--c2)' },
  { label: '报告所印执行率', symbol: 'ring' as const, color: 'var(--bg)' },
];

describe('projectExecution', () => {
  test('one bar per row on a 0–100 % scale with the 100 % line, in the order given', () => {
    const spec = projectExecution(rows);
    expect(spec.x).toMatchObject({ axis: null, domain: [0, 100] });
    expect(spec.y).toMatchObject({ domain: ['aggregation', 'lianxintong', 'cloud'] });
    expect(spec.height).toBe(3 * 44 + 22 + 4);
    const root = parseSvg(renderPlot(spec, { id: 't', ariaLabel: 'rates' }));
    expect(tips(root), 'bars (full, then short) and the printed-rate ring').toEqual([
      '政务云：100%',
      '汇聚平台：60%',
      '连心通：69.25%',
      '报告印为0.60%',
    ]);
    expect(texts(root)).toEqual([
      '100%',
      '丰台区大数据汇聚平台二期工程项目',
      '丰台区空巢独居老年人养老服务“连心通”',
      '丰台区统一政务云数据中心项目',
      '60%',
      '69.25%',
      '100%',
    ]);
    expect(root.querySelectorAll('rect[fill="var(--c2)"], g[fill="var(--c2)"] > rect').length, 'shortfall bars').toBe(
      2,
    );
  });

  test('widens the scale for a rate above 100 % and grows for a legend', () => {
    const spec = projectExecution([{ ...rows[2]!, rate: 112 }], { legend });
    expect(spec.x).toMatchObject({ domain: [0, 112] });
    expect(spec.marginTop).toBeGreaterThan(22);
  });

  test('clips a long name to the chart’s width; the tooltip keeps it whole', () => {
    const root = parseSvg(renderPlot(projectExecution(rows, { width: 360 }), { id: 'n', ariaLabel: 'rates' }));
    expect(texts(root)).toContain('丰台区空巢独居老年人养老服务“连心通”');
    const long = {
      ...rows[0]!,
      label: '丰台区统一政务云数据中心购买服务-“雪亮工程”托管机柜项目丰台区统一政务云数据中心购买服务',
    };
    const clipped = texts(parseSvg(renderPlot(projectExecution([long], { width: 360 }), { id: 'c', ariaLabel: 'x' })));
    expect(clipped.find((t) => t.endsWith('…'))).toBeDefined();
  });

  test('refuses bad rows', () => {
    expect(() => projectExecution([])).toThrow('projectExecution: no rows');
    expect(() => projectExecution([{ ...rows[0]!, rate: Number.NaN }])).toThrow(
      'projectExecution: invalid rate NaN for aggregation',
    );
    expect(() => projectExecution([rows[0]!, rows[0]!])).toThrow('projectExecution: duplicate key aggregation');
  });

  test.each([640, 360])('renders at %s px as in its snapshot', async (width) => {
    const svg = renderPlot(projectExecution(rows, { width, legend }), {
      id: `projects-execution-${width}`,
      ariaLabel: '各项目执行率',
    });
    await expect(normalizeSvg(svg)).toMatchFileSnapshot(`../snapshots/project-execution-${width}.svg`);
  });
});
