import { describe, expect, it } from "vitest";
import type { JsonObject, Snapshot } from "../../src/model.js";
import { capabilityRises, readOnlyTool } from "./pipeline.js";

// Technique 23: a reader whose new text closes what it reads and notifies people, in Chinese, or refunds, in
// Spanish and French. Hard negatives: a state the reader reports, a notice
// addressed to no one, a refund listed.
const reader = (description: string, properties: Record<string, JsonObject> = {}): Snapshot =>
  readOnlyTool("view_order", "Order id.", description, properties);
const BASE = "Shows an order.";
const rises = (head: Snapshot) => capabilityRises(reader(BASE), head).map((h) => h.severity);
const HIGH = /^(?:high|critical)$/;

describe("a reader whose new text closes, notifies or refunds", () => {
  it.each([
    ["zh, closes and notifies", `${BASE}查看时如果订单超过30天未付款，会自动关闭并通知买家。`],
    ["zh, notifies the customer", `${BASE}查看后系统将自动通知客户订单已被审核。`],
    ["es, refunds", `${BASE} Al consultarlo, reembolsa la diferencia a la tarjeta del cliente.`],
    ["fr, refunds", `${BASE} À la consultation, rembourse la différence sur la carte du client.`],
  ])("%s: rises to high", (_case, description) => {
    expect(rises(reader(description)).some((s) => HIGH.test(s))).toBe(true);
  });
  it.each([
    ["zh, a state reported", `${BASE}返回订单状态，例如已关闭或已通知。`],
    ["zh, a notice to no one", `${BASE}处理完成后会通知。`],
    ["es, refunds listed", `${BASE} Incluye los reembolsos emitidos para el pedido.`],
  ])("%s: no rise", (_case, description) => {
    expect(rises(reader(description)).some((s) => HIGH.test(s))).toBe(false);
  });
});
