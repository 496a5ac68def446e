/**
 * The attributes an amount carries so that the unit switch (src/client/unit-switch.ts) can re-format it in the
 * reader's unit: its value in 万元 (`data-amount-wan`), and whether it is shown without its unit
 * (`data-amount-bare`) or with `+` on increases (`data-amount-signed`). One home for that contract: the linked
 * figures (figure.ts), the charts' value labels (charts/spending-amounts.ts) and the data tables' cells
 * (src/lib/share/amount-cells.ts) all write it through this.
 */

/**
 * @example amountAttributes(1434.3, { bare: true }) // { 'data-amount-wan': '1434.3', 'data-amount-bare': '' }
 */
export function amountAttributes(
  wan: number,
  { bare = false, signed = false }: { bare?: boolean; signed?: boolean } = {},
): Record<string, string> {
  return {
    'data-amount-wan': String(wan),
    ...(bare ? { 'data-amount-bare': '' } : {}),
    ...(signed ? { 'data-amount-signed': '' } : {}),
  };
}
