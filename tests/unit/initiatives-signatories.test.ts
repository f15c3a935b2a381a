import { describe, expect, it } from "vitest";
import {
  firstOfTree,
  getChildInitiatives,
  getInitiative,
  getInitiativeTree,
  getInitiativesWithPartner,
  getParentInitiative,
  getPartnersOf,
  type InitiativeNode,
} from "@/lib/initiatives";
import { getSignatoriesByKind, getSignatory } from "@/lib/signatories";
import { buildCorpora, buildCorpus } from "@/lib/content/corpus";
import { fixtureCorpus, record, translation } from "./fixtures";

const corpus = fixtureCorpus();
const shape = (nodes: InitiativeNode[]): unknown =>
  nodes.map((node) => [node.initiative.slug, shape(node.children)]);

describe("initiatives", () => {
  it("builds the hierarchy from top-level initiatives down", () => {
    expect(shape(getInitiativeTree(corpus))).toEqual([
      ["campaign", []],
      ["global", [["regional", [["alliance", []]]]]],
    ]);
  });

  it("keeps the first initiatives of the tree, top to bottom, for a short view", () => {
    const tree = getInitiativeTree(corpus);
    expect(shape(firstOfTree(tree, 3))).toEqual([
      ["campaign", []],
      ["global", [["regional", []]]],
    ]);
    expect(shape(firstOfTree(tree, 10))).toEqual(shape(tree));
    expect(firstOfTree(tree, 0)).toEqual([]);
  });

  it("builds the subtree below one initiative", () => {
    expect(shape(getInitiativeTree(corpus, "global"))).toEqual([["regional", [["alliance", []]]]]);
    expect(getInitiativeTree(corpus, "alliance")).toEqual([]);
  });

  it("resolves parents, children and partners", () => {
    const regional = getInitiative(corpus, "regional")!;
    expect(getParentInitiative(corpus, regional)?.slug).toBe("global");
    expect(getParentInitiative(corpus, getInitiative(corpus, "global")!)).toBeUndefined();
    expect(getChildInitiatives(corpus, "regional").map((i) => i.slug)).toEqual(["alliance"]);
    expect(getPartnersOf(corpus, regional).map((s) => s.slug)).toEqual(["un-women"]);
    expect(getInitiativesWithPartner(corpus, "un-women").map((i) => i.slug)).toEqual(["regional"]);
  });
});

describe("signatories", () => {
  it("groups by kind in the contract's order, names sorted, empty kinds left out", () => {
    expect(
      getSignatoriesByKind(corpus, "en").map((group) => [
        group.kind,
        group.signatories.map((s) => s.name),
      ]),
    ).toEqual([
      ["embassy", ["Embassy of Austria", "Embassy of Canada"]],
      ["un-agency", ["UN Women"]],
    ]);
  });

  it("sorts organisations that represent a country by the country's name", () => {
    const corpus = buildCorpus({
      news: [],
      initiative: [],
      signatory: [
        record("signatory", "embassy-belgium", {
          name: "Embassy of the Kingdom of Belgium",
          kind: "embassy",
          country: "BE",
        }),
        record("signatory", "embassy-austria", {
          name: "Embassy of Austria",
          kind: "embassy",
          country: "AT",
        }),
        record("signatory", "embassy-canada", {
          name: "Embassy of Canada",
          kind: "embassy",
          country: "CA",
        }),
      ],
    });
    expect(getSignatoriesByKind(corpus, "en")[0]!.signatories.map((s) => s.slug)).toEqual([
      "embassy-austria",
      "embassy-belgium",
      "embassy-canada",
    ]);
  });

  it("sorts Russian names as they are shown, with Russian collation", () => {
    const embassy = (slug: string, country: string, name: string, russian: string) => [
      record("signatory", slug, { name, kind: "embassy", country }),
      translation("signatory", slug, "ru", { name: russian }),
    ];
    const corpora = buildCorpora({
      signatory: [
        ...embassy(
          "embassy-belgium",
          "BE",
          "Embassy of the Kingdom of Belgium",
          "Посольство Королевства Бельгия",
        ),
        ...embassy("embassy-bulgaria", "BG", "Embassy of Bulgaria", "Посольство Болгарии"),
        ...embassy("embassy-germany", "DE", "Embassy of Germany", "Посольство Германии"),
      ],
    });
    // By country it would be Бельгия, Болгария, Германия; the reader sees the names.
    expect(getSignatoriesByKind(corpora.ru, "ru")[0]!.signatories.map((s) => s.name)).toEqual([
      "Посольство Болгарии",
      "Посольство Германии",
      "Посольство Королевства Бельгия",
    ]);
    // English keeps "the Kingdom of Belgium" under B.
    expect(getSignatoriesByKind(corpora.en, "en")[0]!.signatories.map((s) => s.slug)).toEqual([
      "embassy-belgium",
      "embassy-bulgaria",
      "embassy-germany",
    ]);
  });

  it("finds one by slug", () => {
    expect(getSignatory(corpus, "un-women")?.name).toBe("UN Women");
    expect(getSignatory(corpus, "unknown")).toBeUndefined();
  });
});
