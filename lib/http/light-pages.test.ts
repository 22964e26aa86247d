import { describe, expect, it } from "vitest";
import { isLightPage, stripScripts } from "./light-pages";

describe("isLightPage", () => {
  it.each([
    ["/", true],
    ["/cek-tawaran", true],
    ["/cek-tawaran/hasil", true],
    ["/lapor/status", true],
    ["/cek-agen", true],
    ["/kasus", true],
    ["/kasus/status", true],
    ["/kasusku", false],
    ["/laporan", false],
    ["/desa/36.04.13.2007/perdes", true],
    ["/surat/ABCD-2345", true],
    ["/suratku", false],
    ["/registry", false],
    ["/sign-in", false],
    ["/api/health", false],
  ])("%s → %s", (path, expected) => {
    expect(isLightPage(path)).toBe(expected);
  });
});

describe("stripScripts", () => {
  it("removes inline and external scripts and script preloads, keeps the rest", () => {
    const html =
      '<html><head><link rel="stylesheet" href="/a.css"/><link rel="preload" as="script" fetchPriority="low" href="/b.js"/>' +
      '<script src="/c.js" async=""></script></head><body><form method="get"><input name="q"/></form>' +
      '<script>self.__next_f.push([1,"</div>"])</script><SCRIPT type="x">y</SCRIPT></body></html>';
    expect(stripScripts(html)).toBe('<html><head><link rel="stylesheet" href="/a.css"/></head><body><form method="get"><input name="q"/></form></body></html>');
  });

  it("leaves a page with streamed Suspense content alone", () => {
    expect(stripScripts('<div hidden id="S:0"><p>late</p></div><script>$RC("B:0","S:0")</script>')).toBeNull();
  });
});
