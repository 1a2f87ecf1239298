export { extractCorpus, type ExtractOptions, type ExtractResult } from './extract-corpus';
export { formatReport } from './format-report';
export {
  Formula,
  FormulasFile,
  IndicatorRecord,
  IndicatorsFile,
  QualityReport,
  SourceDoc,
} from './schema';
