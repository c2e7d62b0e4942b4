// Lets plain `node` run the TypeScript sources: ts-node (transpile only) and the @tashakkol/* aliases.
require('ts-node').register({ transpileOnly: true, project: require('path').join(__dirname, '..', 'tsconfig.json') });
require('tsconfig-paths').register({
  baseUrl: require('path').join(__dirname, '..'),
  paths: require('../tsconfig.json').compilerOptions.paths,
});
