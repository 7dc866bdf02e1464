/** `{{quantity q}}`: a Target or Quantity of the model as written in the report (`>95%`, `~60%`); `—` when absent. */
export function formatQuantity(quantity: unknown): string {
  if (typeof quantity === 'string') return quantity.trim() || '—';
  if (quantity === null || typeof quantity !== 'object' || !('raw' in quantity)) return '—';
  const raw = String(quantity.raw).trim();
  return raw === '' ? '—' : raw;
}
