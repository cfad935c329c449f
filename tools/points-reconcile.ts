import { reconcile } from '../src/server/modules/points/reconcile';
import { runCli, withServices } from './cli';

// npm run points:reconcile [-- <region code prefix>] — proves balances, stock and the ledger agree
// and names every difference (exit code 1 when there is one).

runCli(() =>
  withServices(async (services) => {
    const prefix = (process.argv[2] ?? '').replace(/0+$/, '');
    if (prefix && !/^\d+$/.test(prefix)) {
      console.error('区划代码前缀只能是数字，例如 451022');
      return 2;
    }
    const started = Date.now();
    const r = await reconcile(services.database.db, prefix);
    const took = `${Date.now() - started} ms`;
    const counts = `${r.accounts} 个账户、${r.entries} 笔流水、${r.goods} 种商品、${r.moves} 笔出入库、${r.redemptions} 笔兑换`;
    if (r.differences.length === 0) {
      console.log(`积分对账一致：${counts}，余额、库存与流水全部相符（${took}）。`);
      return 0;
    }
    console.error(`积分对账发现 ${r.differences.length} 处不符（${counts}，${took}）：`);
    for (const d of r.differences) console.error(`  ${d.what}：${d.id}，应为 ${d.expected}，实为 ${d.found}`);
    return 1;
  }),
);
