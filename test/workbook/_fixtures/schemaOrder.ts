/**
 * Checks child element order against ECMA-376 schema sequences (typed in from the spec's XSD
 * for the elements AR Desk writes; choice groups share one position). Independent of src/:
 * a tiny tag scanner, no shared parser.
 */

/** Element local name → its children's local names in schema order ("|" joins a choice). */
export const SEQUENCES: Record<string, readonly string[]> = {
  chartSpace: ["date1904", "lang", "roundedCorners", "AlternateContent", "style", "clrMapOvr", "pivotSource", "protection", "chart", "spPr", "txPr", "externalData", "printSettings", "userShapes", "extLst"],
  chart: ["title", "autoTitleDeleted", "pivotFmts", "view3D", "floor", "sideWall", "backWall", "plotArea", "legend", "plotVisOnly", "dispBlanksAs", "showDLblsOverMax", "extLst"],
  title: ["tx", "layout", "overlay", "spPr", "txPr", "extLst"],
  plotArea: ["layout", "barChart|lineChart|pieChart|areaChart", "valAx|catAx|dateAx|serAx", "dTable", "spPr", "extLst"],
  barChart: ["barDir", "grouping", "varyColors", "ser", "dLbls", "gapWidth", "overlap", "serLines", "axId", "extLst"],
  ser: ["idx", "order", "tx", "spPr", "invertIfNegative", "pictureOptions", "dPt", "dLbls", "trendline", "errBars", "cat", "val", "shape", "extLst"],
  strRef: ["f", "strCache", "extLst"],
  numRef: ["f", "numCache", "extLst"],
  strCache: ["ptCount", "pt", "extLst"],
  numCache: ["formatCode", "ptCount", "pt", "extLst"],
  catAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses|crossesAt", "auto", "lblAlgn", "lblOffset", "tickLblSkip", "tickMarkSkip", "noMultiLvlLbl", "extLst"],
  valAx: ["axId", "scaling", "delete", "axPos", "majorGridlines", "minorGridlines", "title", "numFmt", "majorTickMark", "minorTickMark", "tickLblPos", "spPr", "txPr", "crossAx", "crosses|crossesAt", "crossBetween", "majorUnit", "minorUnit", "dispUnits", "extLst"],
  scaling: ["logBase", "orientation", "max", "min", "extLst"],
  legend: ["legendPos", "legendEntry", "layout", "overlay", "spPr", "txPr", "extLst"],
  twoCellAnchor: ["from", "to", "sp|grpSp|graphicFrame|cxnSp|pic|contentPart", "clientData"],
  from: ["col", "colOff", "row", "rowOff"],
  to: ["col", "colOff", "row", "rowOff"],
  graphicFrame: ["nvGraphicFramePr", "xfrm", "graphic", "extLst"],
  worksheet: ["sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"],
  workbook: ["fileVersion", "fileSharing", "workbookPr", "AlternateContent", "revisionPtr", "absPath", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"],
  styleSheet: ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
};

interface Node {
  readonly name: string;
  readonly children: Node[];
}

function localName(qname: string): string {
  return qname.slice(qname.indexOf(":") + 1);
}

/** Element tree of an XML text (names only). */
export function elementTree(xml: string): Node {
  const root: Node = { name: "#document", children: [] };
  const stack: Node[] = [root];
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>|<\?[^>]*\?>|<!--[\s\S]*?-->/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (!m[2]) continue;
    if (m[1]) {
      stack.pop();
      continue;
    }
    const node: Node = { name: localName(m[2]), children: [] };
    stack[stack.length - 1].children.push(node);
    if (!m[3]) stack.push(node);
  }
  return root;
}

/** Every order violation in the XML, as "parent: child after previous" messages (empty = fine). */
export function schemaOrderProblems(xml: string): string[] {
  const problems: string[] = [];
  const visit = (node: Node, path: string) => {
    const seq = SEQUENCES[node.name];
    if (seq) {
      let last = -1;
      let lastName = "";
      for (const child of node.children) {
        const at = seq.findIndex((s) => s.split("|").includes(child.name));
        if (at < 0) problems.push(`${path}: <${child.name}> is not a child of <${node.name}>`);
        else if (at < last) problems.push(`${path}: <${child.name}> after <${lastName}>`);
        else {
          last = at;
          lastName = child.name;
        }
      }
    }
    for (const child of node.children) visit(child, `${path}/${child.name}`);
  };
  visit(elementTree(xml), "");
  return problems;
}
