// Imported first by the bench entry: graphql-js reads NODE_ENV when it loads (outside production it runs
// its cross-realm instanceof checks), so the server is measured as it is deployed unless NODE_ENV says otherwise.
process.env.NODE_ENV ??= 'production';
