<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>BlockAnimation</name>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="153"/>
        <source>Dense block animation</source>
        <translation>밀집 블록 애니메이션</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="262"/>
        <source>Pause</source>
        <translation>일시 정지</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="262"/>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="267"/>
        <source>The current network has no dense block: choose a DenseNet in the Network panel to see one built layer by layer.</source>
        <translation>지금 네트워크에는 밀집 블록이 없습니다: 네트워크 패널에서 DenseNet을 고르면 블록이 한 층씩 쌓이는 모습을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="272"/>
        <source>{sources}: {c} channels</source>
        <translation>{sources}: {c}채널</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="275"/>
        <source>Block 1 of {title}: its input x₀ has k₀ = {k0} channels. Each of its {n} layers will add k = {k}.</source>
        <translation>{title}의 블록 1: 입력 x₀은 k₀ = {k0}채널입니다. 층 {n}개가 각각 k = {k}채널을 더합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="280"/>
        <source>Layer ℓ = {l} of {n} receives {inputs}, concatenated: k₀ + k·(ℓ−1) = {k0} + {k}·{m} = {cin} channels, and adds k = {k}: the block now holds {c} channels. {new} new connections, {total} of {all} = L(L+1)/2 so far (L = {n}, the layers of this block).</source>
        <translation>층 ℓ = {l}/{n}은 {inputs}를 이어 붙여 받습니다: k₀ + k·(ℓ−1) = {k0} + {k}·{m} = {cin}채널. 여기에 k = {k}채널을 더해 블록은 이제 {c}채널입니다. 새 연결 {new}개, 지금까지 L(L+1)/2 = {all}개 중 {total}개 (L = {n}, 이 블록의 층 수).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="296"/>
        <source>Step</source>
        <translation>한 층씩</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="297"/>
        <source>Add the next layer (after the last, start again from x₀)</source>
        <translation>다음 층을 더합니다(마지막 층 다음에는 x₀부터 다시)</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="298"/>
        <source>Restart</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="299"/>
        <source>Back to the block input x₀</source>
        <translation>블록 입력 x₀으로 돌아갑니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="300"/>
        <source>Add one layer after another at the chosen speed</source>
        <translation>고른 속도로 층을 하나씩 더합니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="301"/>
        <source>Speed:</source>
        <translation>속도:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="302"/>
        <source>Under each box: the channels it receives (k₀ + k·(ℓ−1)); the bar: the concatenation so far, each part one layer&apos;s maps to scale.</source>
        <translation>상자 아래 숫자: 그 층이 받는 채널 수(k₀ + k·(ℓ−1)). 막대: 지금까지 이어 붙인 특징 맵, 각 부분의 길이는 한 층의 맵 수에 비례합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/block_animation.py" line="304"/>
        <source>At 1×, one layer every {s:g} seconds</source>
        <translation>1×에서는 {s:g}초마다 한 층</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <location filename="../../ui/panels/help_page.py" line="68"/>
        <source>DenseNet in 5 minutes</source>
        <translation>5분 만에 보는 DenseNet</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="115"/>
        <source>With the numbers of the current network: &lt;b&gt;{title}&lt;/b&gt;, {params} parameters. Change it in the Network panel and this page follows. Click a formula to see its field and its place in the diagram.</source>
        <translation>지금 네트워크의 숫자로 설명합니다: &lt;b&gt;{title}&lt;/b&gt;, 파라미터 {params}개. 네트워크 패널에서 바꾸면 이 페이지도 따라 바뀝니다. 수식을 누르면 그 입력란과 다이어그램의 해당 부분을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="120"/>
        <source>The current network, &lt;b&gt;{title}&lt;/b&gt;, is not a DenseNet: its blocks have {layers} layers and {connections} connections. The numbers below are those of the paper&apos;s &lt;b&gt;{reference}&lt;/b&gt;; choose a DenseNet in the Network panel to see its own.</source>
        <translation>지금 네트워크 &lt;b&gt;{title}&lt;/b&gt;는 DenseNet이 아닙니다: 블록마다 층이 {layers}개, 연결이 {connections}개입니다. 아래 숫자는 논문의 &lt;b&gt;{reference}&lt;/b&gt;의 것입니다. 네트워크 패널에서 DenseNet을 고르면 그 네트워크의 숫자가 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="131"/>
        <source>Dense block animation</source>
        <translation>밀집 블록 애니메이션</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="133"/>
        <source>See block 1 built layer by layer: {link}.</source>
        <translation>블록 1이 한 층씩 쌓이는 모습: {link}.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="143"/>
        <source>1. Dense connectivity</source>
        <translation>1. 밀집 연결</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="145"/>
        <source>A ResNet layer adds its input to what it computes: {resnet}. A DenseNet layer receives the feature maps of &lt;b&gt;all&lt;/b&gt; earlier layers of its block, concatenated, and adds k new ones: {dense}. Nothing is summed away: every later layer reads every earlier map (feature reuse).</source>
        <translation>ResNet의 층은 계산한 결과에 입력을 더합니다: {resnet}. DenseNet의 층은 같은 블록에서 앞선 &lt;b&gt;모든&lt;/b&gt; 층의 특징 맵을 이어 붙여 받고, 새 특징 맵 k개를 더합니다: {dense}. 더해서 섞어 버리는 것이 없으므로 뒤의 층은 앞의 모든 맵을 그대로 읽습니다(특징 재사용).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="153"/>
        <source>2. Channels: layer ℓ receives {formula}</source>
        <translation>2. 채널: 층 ℓ이 받는 채널 수 {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="157"/>
        <source>layer {layer}: {work} channels</source>
        <translation>층 {layer}: {work}채널</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="163"/>
        <source>Each layer adds k feature maps (the growth rate, here {formula}), so layer ℓ of a block receives the block&apos;s input, {k0} maps, plus k maps from each of the ℓ−1 layers before it. Block 1 of this network starts with k₀ = {k0value} maps:</source>
        <translation>각 층은 특징 맵 k개를 더합니다(성장률, 여기서는 {formula}). 그래서 블록의 층 ℓ은 블록 입력의 맵 {k0}개에, 앞선 ℓ−1개 층이 k개씩 더한 맵을 받습니다. 이 네트워크의 블록 1은 k₀ = {k0value}개의 맵으로 시작합니다:</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="170"/>
        <source>Block 1 ends with k₀ + k·L = {work} channels.</source>
        <translation>블록 1은 k₀ + k·L = {work}채널로 끝납니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="177"/>
        <source>3. Connections: {formula} per block</source>
        <translation>3. 연결: 블록마다 {formula}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="185"/>
        <source>Layer ℓ has ℓ inputs (x₀ … x&lt;sub&gt;ℓ−1&lt;/sub&gt;), so a block of L layers has 1 + 2 + … + L = L(L+1)/2 direct connections.</source>
        <translation>층 ℓ의 입력은 ℓ개(x₀ … x&lt;sub&gt;ℓ−1&lt;/sub&gt;)이므로, 층이 L개인 블록의 직접 연결은 1 + 2 + … + L = L(L+1)/2개입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="188"/>
        <source>&lt;b&gt;Here L is the number of layers in one block, not the network&apos;s depth.&lt;/b&gt; {title} has depth L = {depth}, but its blocks have {layers} layers: {work} connections per block, {total} in all; not {wrong}.</source>
        <translation>&lt;b&gt;여기서 L은 네트워크의 깊이가 아니라 블록 하나의 층 수입니다.&lt;/b&gt; {title}의 깊이는 L = {depth}이지만 블록의 층 수는 {layers}개입니다: 블록마다 연결 {work}개, 모두 {total}개입니다. {wrong}개가 아닙니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="198"/>
        <source>4. Bottleneck: {formula} channels</source>
        <translation>4. 병목: {formula}채널</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="203"/>
        <source>The input of a layer keeps growing: in block {block} the last layer receives {cin} channels. DenseNet-B puts a 1×1 convolution to {formula} = {work} maps before each 3×3 convolution, which then makes the k = {k} new maps: BN-ReLU-Conv(1×1)-BN-ReLU-Conv(3×3).</source>
        <translation>층의 입력은 계속 늘어납니다: 블록 {block}의 마지막 층은 {cin}채널을 받습니다. DenseNet-B는 각 3×3 합성곱 앞에 맵을 {formula} = {work}개로 줄이는 1×1 합성곱을 두고, 그다음 3×3 합성곱이 새 맵 k = {k}개를 만듭니다: BN-ReLU-합성곱(1×1)-BN-ReLU-합성곱(3×3).</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="208"/>
        <source>This network has no bottleneck: each 3×3 convolution reads all k₀ + k·(ℓ−1) input channels (in block {block} the last layer reads {cin}). With the bottleneck (DenseNet-B) a 1×1 convolution would first cut them to {formula} = {work} maps, and the 3×3 convolution would make the k = {k} new maps from those.</source>
        <translation>이 네트워크에는 병목이 없습니다: 각 3×3 합성곱이 입력 채널 k₀ + k·(ℓ−1)개를 모두 읽습니다(블록 {block}의 마지막 층은 {cin}채널). 병목(DenseNet-B)이 있으면 1×1 합성곱이 먼저 이를 {formula} = {work}개의 맵으로 줄이고, 3×3 합성곱은 그 맵에서 새 맵 k = {k}개를 만듭니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="218"/>
        <source>5. Compression: a transition keeps {formula}</source>
        <translation>5. 압축률: 전이 층은 {formula}개를 남깁니다</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="223"/>
        <source>This network has one block, so no transition: θ has nothing to compress.</source>
        <translation>이 네트워크는 블록이 하나라 전이 층이 없습니다: θ가 압축할 것이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="226"/>
        <source>Between two blocks a transition layer (BN, 1×1 convolution, 2×2 average pooling) halves the size of the maps ({a}×{a} → {b}×{b}) and keeps ⌊θ·m⌋ of the m channels it receives. Here θ = {theta}: transition 1 receives m = {m} channels and keeps {work}.</source>
        <translation>두 블록 사이의 전이 층(BN, 1×1 합성곱, 2×2 평균 풀링)은 맵의 크기를 반으로 줄이고({a}×{a} → {b}×{b}), 받은 m개의 채널 중 ⌊θ·m⌋개를 남깁니다. 여기서 θ = {theta}: 전이 층 1은 m = {m}채널을 받아 {work}개를 남깁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="232"/>
        <source>θ = 1 keeps them all (no compression); DenseNet-BC uses θ = 0.5.</source>
        <translation>θ = 1이면 모두 남깁니다(압축 없음). DenseNet-BC는 θ = 0.5를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="238"/>
        <source>6. Why the paper&apos;s tables look as they do</source>
        <translation>6. 논문의 표가 그렇게 생긴 이유</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="239"/>
        <source>&lt;b&gt;Table 1 (ImageNet).&lt;/b&gt; DenseNet-121, -169, -201 and -264 are all DenseNet-BC with k = {k} and k₀ = 2k = {k0}; they differ only in the layers of blocks 3 and 4. The output sizes {sizes} come from the 7×7 convolution and the max pool (each of stride 2), then one halving per transition. The name counts the layers with weights: two convolutions per dense layer, three transitions, the first convolution and the classifier: 2·({blocks}) + 3 + 1 + 1 = {depth}.</source>
        <translation>&lt;b&gt;표 1 (ImageNet).&lt;/b&gt; DenseNet-121, -169, -201, -264는 모두 k = {k}, k₀ = 2k = {k0}인 DenseNet-BC이고, 블록 3과 4의 층 수만 다릅니다. 출력 크기 {sizes}는 7×7 합성곱과 최대 풀링(각각 스트라이드 2)이 만들고, 그 뒤로 전이 층마다 반으로 줄어듭니다. 이름의 숫자는 가중치가 있는 층의 수입니다: 밀집 층마다 합성곱 2개, 전이 층 3개, 첫 합성곱과 분류기: 2·({blocks}) + 3 + 1 + 1 = {depth}.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="246"/>
        <location filename="../../ui/panels/help_page.py" line="267"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="246"/>
        <location filename="../../ui/panels/help_page.py" line="267"/>
        <source>Layers per block</source>
        <translation>블록당 층 수</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="246"/>
        <source>Depth</source>
        <translation>깊이</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="246"/>
        <location filename="../../ui/panels/help_page.py" line="267"/>
        <source>Parameters</source>
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="251"/>
        <source>the name says {n}</source>
        <translation>이름은 {n}</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="257"/>
        <source>&lt;b&gt;Table 2 (CIFAR).&lt;/b&gt; Three equal blocks on 32×32 images: depth L = 3n + 4 without the bottleneck, so n = (L−4)/3 layers per block, and L = 6n + 4 with it (two convolutions per layer), n = (L−4)/6. At the same depth L = 100, DenseNet has {n_dn} layers per block and {p_dn} parameters, DenseNet-BC {n_bc} and {p_bc}: that is the bottleneck and the compression. Doubling k from 12 to 24 almost quadruples the parameters ({p_dn} → {p_wide}): a convolution&apos;s weights are its input channels times its output channels, and both grow with k.</source>
        <translation>&lt;b&gt;표 2 (CIFAR).&lt;/b&gt; 32×32 이미지에 같은 크기의 블록 3개: 병목이 없으면 깊이 L = 3n + 4, 즉 블록당 n = (L−4)/3개 층이고, 병목이 있으면(층마다 합성곱 2개) L = 6n + 4, n = (L−4)/6입니다. 같은 깊이 L = 100에서 DenseNet은 블록당 {n_dn}개 층에 파라미터 {p_dn}, DenseNet-BC는 {n_bc}개 층에 {p_bc}입니다: 병목과 압축의 효과입니다. k를 12에서 24로 두 배로 하면 파라미터가 거의 네 배가 됩니다({p_dn} → {p_wide}): 합성곱의 가중치 수는 입력 채널 수 × 출력 채널 수이고, 둘 다 k에 비례해 늘어나기 때문입니다.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="267"/>
        <source>Paper</source>
        <translation>논문</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="268"/>
        <source>C10+ error</source>
        <translation>C10+ 오류율</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="273"/>
        <source>The current network is in the table (in bold): {name}.</source>
        <translation>지금 네트워크는 표에 있습니다(굵게 표시): {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/panels/help_page.py" line="277"/>
        <source>The current network follows the CIFAR rule: ({depth}−4)/{div} = {n} layers per block.</source>
        <translation>지금 네트워크는 CIFAR 규칙을 따릅니다: ({depth}−4)/{div} = 블록당 {n}개 층.</translation>
    </message>
</context>
</TS>
