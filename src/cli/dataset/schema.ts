import { datasetJsonSchema } from '../../dataset/json-schema';
import { parse } from '../args';
import type { Command } from '../io';

export const schema: Command = {
  summary: 'print the JSON Schema for editors (src/dataset/afterword-dataset.schema.json)',
  usage: '',
  examples: ['afterword dataset schema > afterword-dataset.schema.json'],
  async run(args, io) {
    parse(args, {}, { min: 0, max: 0, names: 'no arguments' });
    io.out(JSON.stringify(datasetJsonSchema(), null, 2));
    return 0;
  },
};
