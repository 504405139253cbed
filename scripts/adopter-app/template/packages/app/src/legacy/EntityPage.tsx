/*
 * The README's "Legacy frontend system" snippets, with the imports they leave
 * out, so that the type-check covers what an app on the old frontend system
 * mounts. Nothing renders these: the app above uses the new frontend system.
 * `// README <file>` marks lines that must be in one of that README's code
 * blocks, in this order (the README's comments may sit between them).
 */
import Grid from '@material-ui/core/Grid';
import { EntityLayout, EntitySwitch } from '@backstage/plugin-catalog';
// README plugins/mlops-maturity/README.md
import {
  EntityMlopsMaturityCard,
  EntityMlopsMaturityContent,
  isMlService,
} from '@mlops-maturity/plugin-mlops-maturity';
// README plugins/mlops-maturity/README.md
import { EntityMlopsMaturityGroupCard } from '@mlops-maturity/plugin-mlops-maturity';

// README plugins/mlops-maturity/README.md
const overviewContent = (
  <Grid container spacing={3}>
    <EntitySwitch>
      <EntitySwitch.Case if={isMlService}>
        <Grid item md={8} xs={12}>
          <EntityMlopsMaturityCard />
        </Grid>
      </EntitySwitch.Case>
    </EntitySwitch>
  </Grid>
);

// README plugins/mlops-maturity/README.md
const serviceEntityPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      {overviewContent}
    </EntityLayout.Route>
    <EntityLayout.Route
      path="/mlops-maturity"
      title="MLOps maturity"
      if={isMlService}
    >
      <EntityMlopsMaturityContent />
    </EntityLayout.Route>
  </EntityLayout>
);

// README plugins/mlops-maturity/README.md
const groupPage = (
  <EntityLayout>
    <EntityLayout.Route path="/" title="Overview">
      <Grid container spacing={3}>
        <Grid item xs={12} md={6}>
          <EntityMlopsMaturityGroupCard />
        </Grid>
      </Grid>
    </EntityLayout.Route>
  </EntityLayout>
);

export { serviceEntityPage, groupPage };
