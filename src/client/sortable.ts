/**
 * Sortable tables: `<table data-sortable="sort">` (the value names the URL parameter; default `sort`). Each
 * header cell with `data-sort="<key>"` gets a sort button (render its content as `<span class="sort-button">label
 * <span class="sort-icon" aria-hidden="true"></span></span>`, laid out as the button, and the swap moves nothing);
 * its column's cells carry `data-sort-value` (a number
 * or text; empty sorts last). Activating a button (click, Enter or Space) sorts by that column, first in the
 * direction of `data-sort-first` (`desc` by default), again to reverse; sets aria-sort on the header; announces
 * the order in the live region whose id is the table's `data-sort-status`; and writes `?sort=<key>-<asc|desc>`
 * (replaceUrl in dom.ts), so a shared link opens in the same order. The table's `data-sort-default` (the order the
 * HTML is in) is written as no parameter. Without JavaScript the table stays as rendered.
 *
 * Words come from the table's data attributes: data-sort-asc and data-sort-desc (the directions) and
 * data-sort-template (with `{column}` and `{direction}`); a header's data-sort-label overrides its text.
 */
import { all, replaceUrl } from './dom';

type Direction = 'asc' | 'desc';
interface Order {
  key: string;
  direction: Direction;
}

const ARIA: Record<Direction, string> = { asc: 'ascending', desc: 'descending' };

function parseOrder(value: string | null): Order | undefined {
  const match = /^([\w-]+)-(asc|desc)$/.exec(value ?? '');
  return match ? { key: match[1]!, direction: match[2] as Direction } : undefined;
}

function compare(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a.localeCompare(b, document.documentElement.lang);
}

function enhance(table: HTMLTableElement): void {
  const param = table.dataset.sortable || 'sort';
  const body = table.tBodies[0];
  const headRow = table.tHead?.rows[0];
  if (!body || !headRow) return;
  const tbody: HTMLTableSectionElement = body;
  const headers = all<HTMLTableCellElement>('th[data-sort]', headRow);
  if (headers.length === 0) return;
  const rows = [...body.rows];
  const original = new Map(rows.map((row, i) => [row, i]));
  const status = table.dataset.sortStatus ? document.getElementById(table.dataset.sortStatus) : null;
  const defaultOrder = parseOrder(table.dataset.sortDefault ?? null);
  const columns = new Map(headers.map((th) => [th.dataset.sort!, th]));
  let current: Order | undefined = defaultOrder;

  const valueOf = (row: HTMLTableRowElement, th: HTMLTableCellElement) =>
    row.cells[th.cellIndex]?.dataset.sortValue ?? '';

  function apply(order: Order, announce: boolean): void {
    const th = columns.get(order.key);
    if (!th) return;
    const sign = order.direction === 'asc' ? 1 : -1;
    const sorted = [...rows].sort((a, b) => {
      const va = valueOf(a, th);
      const vb = valueOf(b, th);
      if (va === '' || vb === '') return Number(va === '') - Number(vb === '') || original.get(a)! - original.get(b)!;
      return sign * compare(va, vb) || original.get(a)! - original.get(b)!;
    });
    tbody.append(...sorted);
    for (const header of headers) {
      if (header === th) header.setAttribute('aria-sort', ARIA[order.direction]);
      else header.removeAttribute('aria-sort');
      header.querySelector('button')?.setAttribute('data-direction', header === th ? order.direction : '');
    }
    current = order;
    if (announce && status) {
      const template = table.dataset.sortTemplate ?? '{column} {direction}';
      const direction = (order.direction === 'asc' ? table.dataset.sortAsc : table.dataset.sortDesc) ?? order.direction;
      status.textContent = template
        .replace('{column}', th.dataset.sortLabel ?? th.textContent?.trim() ?? order.key)
        .replace('{direction}', direction);
    }
  }

  function remember(order: Order): void {
    const url = new URL(location.href);
    const isDefault = defaultOrder && order.key === defaultOrder.key && order.direction === defaultOrder.direction;
    if (isDefault) url.searchParams.delete(param);
    else url.searchParams.set(param, `${order.key}-${order.direction}`);
    replaceUrl(url);
  }

  for (const th of headers) {
    // the page lays the header out as the button will be (a span.sort-button with its label and icon), so that
    // swapping in the button moves nothing; a header without it gets one around its content
    const placeholder = th.querySelector<HTMLElement>(':scope > span.sort-button');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort-button';
    if (placeholder) {
      button.append(...placeholder.childNodes);
      placeholder.replaceWith(button);
    } else {
      button.append(...th.childNodes);
      const icon = document.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(icon);
      th.append(button);
    }
    button.addEventListener('click', () => {
      const key = th.dataset.sort!;
      const first: Direction = th.dataset.sortFirst === 'asc' ? 'asc' : 'desc';
      const direction: Direction = current?.key === key ? (current.direction === 'asc' ? 'desc' : 'asc') : first;
      apply({ key, direction }, true);
      remember({ key, direction });
    });
  }

  const fromUrl = parseOrder(new URL(location.href).searchParams.get(param));
  const start = fromUrl && columns.has(fromUrl.key) ? fromUrl : defaultOrder;
  if (start) apply(start, false);
  table.dataset.sortReady = '';
}

all<HTMLTableElement>('table[data-sortable]').forEach(enhance);
