<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>answer.activations</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="128"/>
        <source>4 bytes × the elements kept for the backward pass × {batch} images = {value} bytes ≈ {mib} MiB</source>
        <translation>4바이트 × 역전파를 위해 보관하는 원소 수 × 이미지 {batch}장 = {value}바이트 ≈ {mib} MiB</translation>
    </message>
</context>
<context>
    <name>answer.block_output</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="77"/>
        <source>k₀ + k·L = {k0} + {k}×{L} = {value}</source>
        <translation>k₀ + k·L = {k0} + {k}×{L} = {value}</translation>
    </message>
</context>
<context>
    <name>answer.bottleneck</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="99"/>
        <source>{b}k = {b}×{k} = {value}</source>
        <translation>{b}k = {b}×{k} = {value}</translation>
    </message>
</context>
<context>
    <name>answer.chain_connections</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="68"/>
        <source>one link per layer: L = {value}</source>
        <translation>층마다 연결 하나: L = {value}</translation>
    </message>
</context>
<context>
    <name>answer.counted_connections</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="70"/>
        <source>{value} links, counted in the ledger</source>
        <translation>연결 {value}개 (층별 채널 표에서 센 값)</translation>
    </message>
</context>
<context>
    <name>answer.dense_connections</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="62"/>
        <source>L(L+1)/2 = {L}×{L1}/2 = {value}</source>
        <translation>L(L+1)/2 = {L}×{L1}/2 = {value}</translation>
    </message>
</context>
<context>
    <name>answer.layer_inputs</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="53"/>
        <source>k₀ + k·(ℓ−1) = {k0} + {k}×({l}−1) = {value}</source>
        <translation>k₀ + k·(ℓ−1) = {k0} + {k}×({l}−1) = {value}</translation>
    </message>
</context>
<context>
    <name>answer.macs</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="119"/>
        <source>the sum over the ledger&apos;s rows: {value} multiply-adds per image ≈ {millions}M</source>
        <translation>층별 채널 표의 모든 행의 합: 이미지 한 장당 곱셈-누산(MAC) {value}번 ≈ {millions}M</translation>
    </message>
</context>
<context>
    <name>answer.output_size</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="105"/>
        <source>input {size}×{size}, halved by each of the {n} transitions before block {b}: {value}×{value}</source>
        <translation>입력 {size}×{size}, 블록 {b} 앞의 전이 층 {n}개에서 각각 절반으로 줄어듦: {value}×{value}</translation>
    </message>
</context>
<context>
    <name>answer.params</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="112"/>
        <source>the sum over the ledger&apos;s rows: {value} parameters ≈ {millions}M</source>
        <translation>층별 채널 표의 모든 행의 합: 파라미터 {value}개 ≈ {millions}M</translation>
    </message>
</context>
<context>
    <name>answer.residual_connections</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="65"/>
        <source>one link and one shortcut per unit: 2L = 2×{L} = {value}</source>
        <translation>유닛마다 연결 하나와 숏컷 하나: 2L = 2×{L} = {value}</translation>
    </message>
</context>
<context>
    <name>answer.transition_out</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="88"/>
        <source>⌊θ·m⌋ = ⌊{theta}×{m}⌋ = {value}</source>
        <translation>⌊θ·m⌋ = ⌊{theta}×{m}⌋ = {value}</translation>
    </message>
</context>
<context>
    <name>budget.bad_by</name>
    <message>
        <location filename="../../core/budget.py" line="193"/>
        <source>is not a budget to match</source>
        <translation>맞출 수 있는 예산이 아닙니다</translation>
    </message>
</context>
<context>
    <name>budget.by_macs</name>
    <message>
        <location filename="../../core/budget.py" line="48"/>
        <source>multiply-adds</source>
        <translation>곱셈-누산(MAC)</translation>
    </message>
</context>
<context>
    <name>budget.by_params</name>
    <message>
        <location filename="../../core/budget.py" line="48"/>
        <source>parameters</source>
        <translation>파라미터 수</translation>
    </message>
</context>
<context>
    <name>budget.note_close</name>
    <message>
        <location filename="../../core/budget.py" line="228"/>
        <source>Depth L={depth}: of the sizes within {close}% of the target&apos;s {what}, the nearest to its L={target_depth}.</source>
        <translation>깊이 L={depth}: 목표의 {what}에서 {close}% 안에 드는 크기 중 목표의 L={target_depth}에 가장 가까운 것입니다.</translation>
    </message>
</context>
<context>
    <name>budget.note_no_config</name>
    <message>
        <location filename="../../core/budget.py" line="219"/>
        <source>{family} cannot be built for {size}x{size} pixels (its blocks each end with a 2x2 max pool)</source>
        <translation>{family}은(는) {size}x{size} 픽셀로는 만들 수 없습니다(블록마다 2x2 최대 풀링으로 끝납니다)</translation>
    </message>
</context>
<context>
    <name>budget.note_steps</name>
    <message>
        <location filename="../../core/budget.py" line="242"/>
        <source>Near the target&apos;s {target} {what} this family&apos;s sizes step from {below} to {above} (its depth and width are whole numbers, {steps}), so {pct}% is as close as it gets.</source>
        <translation>목표 {what} {target} 근처에서 이 계열의 크기는 {below}에서 {above}(으)로 건너뜁니다(깊이와 너비는 정수, {steps}). 그래서 {pct}%가 가장 가까운 값입니다.</translation>
    </message>
</context>
<context>
    <name>budget.note_too_small</name>
    <message>
        <location filename="../../core/budget.py" line="237"/>
        <source>The smallest {family}, {title}, already has {value} {what}, {pct}% more than the target&apos;s {target}: the target is smaller than this family can be built.</source>
        <translation>가장 작은 {family}인 {title}도 {what}이(가) {value}(으)로 목표 {target}보다 {pct}% 많습니다. 목표가 이 계열로 만들 수 있는 가장 작은 크기보다 작습니다.</translation>
    </message>
</context>
<context>
    <name>budget.note_within</name>
    <message>
        <location filename="../../core/budget.py" line="232"/>
        <source>The closest size this family has to the target&apos;s {what} (no depth and width within {close}%).</source>
        <translation>이 계열에서 목표의 {what}에 가장 가까운 크기입니다({close}% 안에 드는 깊이와 너비는 없습니다).</translation>
    </message>
</context>
<context>
    <name>budget.steps_fractal</name>
    <message>
        <location filename="../../core/budget.py" line="255"/>
        <source>C columns give 2^C - 1 convs a block, channels in steps of 1/2/4/8/8</source>
        <translation>열 C개가 블록마다 합성곱 2^C - 1개, 채널은 1/2/4/8/8 단계</translation>
    </message>
</context>
<context>
    <name>budget.steps_he</name>
    <message>
        <location filename="../../core/budget.py" line="251"/>
        <location filename="../../core/budget.py" line="252"/>
        <source>L = 6n+2</source>
        <translation>L = 6n+2</translation>
    </message>
</context>
<context>
    <name>budget.steps_preact</name>
    <message>
        <location filename="../../core/budget.py" line="253"/>
        <source>L = 9n+2 or 6n+2</source>
        <translation>L = 9n+2 또는 6n+2</translation>
    </message>
</context>
<context>
    <name>budget.steps_wide</name>
    <message>
        <location filename="../../core/budget.py" line="254"/>
        <source>L = 6n+4, widths 16k/32k/64k</source>
        <translation>L = 6n+4, 너비 16k/32k/64k</translation>
    </message>
</context>
<context>
    <name>checkpoint.bad</name>
    <message>
        <location filename="../../core/checkpoint.py" line="132"/>
        <source>is truncated or not a torch checkpoint</source>
        <translation>잘렸거나 torch 체크포인트가 아닙니다</translation>
    </message>
</context>
<context>
    <name>checkpoint.bad_config</name>
    <message>
        <location filename="../../core/checkpoint.py" line="363"/>
        <source>{path}: checkpoint&apos;s config is invalid ({error})</source>
        <translation>{path}: 체크포인트의 설정이 올바르지 않습니다 ({error})</translation>
    </message>
</context>
<context>
    <name>checkpoint.bad_version</name>
    <message>
        <location filename="../../core/checkpoint.py" line="177"/>
        <source>{path}: checkpoint version {version} is not a version this app writes (a whole number, 1 to {latest})</source>
        <translation>{path}: 체크포인트 버전 {version}은(는) 이 앱이 쓰는 버전이 아닙니다 (1~{latest}의 정수)</translation>
    </message>
</context>
<context>
    <name>checkpoint.diff_extra</name>
    <message>
        <location filename="../../core/checkpoint.py" line="340"/>
        <source>{n} unexpected keys (e.g. {keys})</source>
        <translation>예상하지 않은 키 {n}개 (예: {keys})</translation>
    </message>
</context>
<context>
    <name>checkpoint.diff_missing</name>
    <message>
        <location filename="../../core/checkpoint.py" line="337"/>
        <source>missing {n} keys (e.g. {keys})</source>
        <translation>없는 키 {n}개 (예: {keys})</translation>
    </message>
</context>
<context>
    <name>checkpoint.diff_more</name>
    <message>
        <location filename="../../core/checkpoint.py" line="346"/>
        <source>... and {n} more shapes</source>
        <translation>... 그 밖에 모양이 다른 것 {n}개</translation>
    </message>
</context>
<context>
    <name>checkpoint.diff_shape</name>
    <message>
        <location filename="../../core/checkpoint.py" line="343"/>
        <source>{key}: {found} in the file, {expected} in the network</source>
        <translation>{key}: 파일에서는 {found}, 신경망에서는 {expected}</translation>
    </message>
</context>
<context>
    <name>checkpoint.entry_type</name>
    <message>
        <location filename="../../core/checkpoint.py" line="321"/>
        <source>{path}: checkpoint&apos;s {name} entry is {type}, expected {expected}</source>
        <translation>{path}: 체크포인트의 {name} 항목이 {type}입니다 (필요한 것: {expected})</translation>
    </message>
</context>
<context>
    <name>checkpoint.foreign</name>
    <message>
        <location filename="../../core/checkpoint.py" line="169"/>
        <source>{path}: is not a DenseNet Explorer checkpoint (it is {what}; expected format {format})</source>
        <translation>{path}: 이 앱의 체크포인트가 아닙니다 ({what}입니다. 필요한 형식: {format})</translation>
    </message>
</context>
<context>
    <name>checkpoint.lacks</name>
    <message>
        <location filename="../../core/checkpoint.py" line="173"/>
        <source>{path}: checkpoint lacks {keys}</source>
        <translation>{path}: 체크포인트에 {keys} 항목이 없습니다</translation>
    </message>
</context>
<context>
    <name>checkpoint.load_failed</name>
    <message>
        <location filename="../../core/checkpoint.py" line="158"/>
        <source>{label}: {reason} ({detail})</source>
        <translation>{label}: {reason} ({detail})</translation>
    </message>
</context>
<context>
    <name>checkpoint.meta</name>
    <message>
        <location filename="../../core/checkpoint.py" line="226"/>
        <source>holds no data (a meta tensor)</source>
        <translation>데이터가 없습니다 (메타 텐서)</translation>
    </message>
</context>
<context>
    <name>checkpoint.model_entry</name>
    <message>
        <location filename="../../core/checkpoint.py" line="297"/>
        <source>{path}: checkpoint&apos;s model entry {key} is not a tensor (expected a state_dict of named tensors)</source>
        <translation>{path}: 체크포인트의 모델 항목 {key}은(는) 텐서가 아닙니다 (이름 붙은 텐서의 state_dict여야 합니다)</translation>
    </message>
</context>
<context>
    <name>checkpoint.model_not_dict</name>
    <message>
        <location filename="../../core/checkpoint.py" line="186"/>
        <source>{path}: checkpoint&apos;s model entry is not a state_dict</source>
        <translation>{path}: 체크포인트의 모델 항목이 state_dict가 아닙니다</translation>
    </message>
</context>
<context>
    <name>checkpoint.newer</name>
    <message>
        <location filename="../../core/checkpoint.py" line="182"/>
        <source>{path}: checkpoint version {version} is newer than this app reads (up to {latest})</source>
        <translation>{path}: 체크포인트 버전 {version}은(는) 이 앱이 읽을 수 있는 것보다 새롭습니다 (최대 {latest})</translation>
    </message>
</context>
<context>
    <name>checkpoint.no_fit</name>
    <message>
        <location filename="../../core/checkpoint.py" line="369"/>
        <location filename="../../core/training/resume.py" line="69"/>
        <source>{path}: weights do not fit {network}: {diffs}</source>
        <translation>{path}: 가중치가 {network}에 맞지 않습니다: {diffs}</translation>
    </message>
</context>
<context>
    <name>checkpoint.not_finite</name>
    <message>
        <location filename="../../core/checkpoint.py" line="228"/>
        <source>holds values that are not finite (NaN or infinity): the weights are not usable</source>
        <translation>유한하지 않은 값(NaN 또는 무한대)이 들어 있어 가중치를 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>checkpoint.pos_batch</name>
    <message>
        <location filename="../../core/checkpoint.py" line="255"/>
        <source>is at batch {batch}, expected a whole number, 0 or more</source>
        <translation>배치 {batch}에 있습니다 (0 이상의 정수여야 합니다)</translation>
    </message>
</context>
<context>
    <name>checkpoint.pos_epoch</name>
    <message>
        <location filename="../../core/checkpoint.py" line="251"/>
        <source>is at epoch index {index}, expected {epoch} (the completed epochs)</source>
        <translation>에포크 번호 {index}에 있습니다 (마친 에포크 수 {epoch}여야 합니다)</translation>
    </message>
</context>
<context>
    <name>checkpoint.pos_sums</name>
    <message>
        <location filename="../../core/checkpoint.py" line="258"/>
        <source>has sums {sums}, expected four finite numbers, 0 or more (loss, correct, seen, seconds)</source>
        <translation>합계가 {sums}입니다 (0 이상의 유한한 수 네 개여야 합니다: 손실, 정답 수, 본 수, 초)</translation>
    </message>
</context>
<context>
    <name>checkpoint.position</name>
    <message>
        <location filename="../../core/checkpoint.py" line="261"/>
        <source>{path}: checkpoint&apos;s position (where the run stopped in an epoch) {problem}</source>
        <translation>{path}: 체크포인트의 위치(실행이 에포크 도중 멈춘 곳)가 올바르지 않습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>checkpoint.refused</name>
    <message>
        <location filename="../../core/checkpoint.py" line="133"/>
        <source>refused: the file holds Python objects or code, not only weights</source>
        <translation>거부됨: 파일에 가중치만이 아니라 파이썬 객체나 코드가 들어 있습니다</translation>
    </message>
</context>
<context>
    <name>checkpoint.rng</name>
    <message>
        <location filename="../../core/checkpoint.py" line="281"/>
        <source>{path}: checkpoint&apos;s random-number state is not a generator state ({detail}; expected {size} bytes as uint8)</source>
        <translation>{path}: 체크포인트의 난수 상태가 생성기 상태가 아닙니다 ({detail}; uint8 {size}바이트여야 합니다)</translation>
    </message>
</context>
<context>
    <name>checkpoint.sparse</name>
    <message>
        <location filename="../../core/checkpoint.py" line="223"/>
        <source>is a {layout} tensor (weights are dense)</source>
        <translation>{layout} 텐서입니다 (가중치는 밀집 텐서여야 합니다)</translation>
    </message>
</context>
<context>
    <name>checkpoint.state_dict</name>
    <message>
        <location filename="../../core/checkpoint.py" line="167"/>
        <source>a state_dict or other torch file</source>
        <translation>state_dict 또는 다른 torch 파일</translation>
    </message>
</context>
<context>
    <name>checkpoint.tensor</name>
    <message>
        <location filename="../../core/checkpoint.py" line="238"/>
        <source>{path}: checkpoint&apos;s {where} {problem}</source>
        <translation>{path}: 체크포인트의 {where}: {problem}</translation>
    </message>
</context>
<context>
    <name>checkpoint.the_network</name>
    <message>
        <location filename="../../core/checkpoint.py" line="370"/>
        <source>the network</source>
        <translation>이 신경망</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_classes</name>
    <message>
        <location filename="../../core/checkpoint.py" line="303"/>
        <source>a list of class names (each at most {n} characters)</source>
        <translation>클래스 이름 목록 (각각 최대 {n}자)</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_dataset</name>
    <message>
        <location filename="../../core/checkpoint.py" line="287"/>
        <source>a dataset name or none</source>
        <translation>데이터셋 이름 또는 없음</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_dict</name>
    <message>
        <location filename="../../core/checkpoint.py" line="300"/>
        <source>a dict</source>
        <translation>딕셔너리</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_dict_or_none</name>
    <message>
        <location filename="../../core/checkpoint.py" line="286"/>
        <source>a dict or none</source>
        <translation>딕셔너리 또는 없음</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_epoch</name>
    <message>
        <location filename="../../core/checkpoint.py" line="310"/>
        <source>a whole number of epochs, 0 or more</source>
        <translation>0 이상의 정수 에포크 수</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_history</name>
    <message>
        <location filename="../../core/checkpoint.py" line="313"/>
        <source>a list of per-epoch rows (named numbers)</source>
        <translation>에포크별 행 목록 (이름 붙은 수)</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_mean</name>
    <message>
        <location filename="../../core/checkpoint.py" line="288"/>
        <source>a list of numbers (1 to 64, finite)</source>
        <translation>수 목록 (1~64개, 유한)</translation>
    </message>
</context>
<context>
    <name>checkpoint.want_std</name>
    <message>
        <location filename="../../core/checkpoint.py" line="307"/>
        <source>a list of positive numbers (1 to 64, finite)</source>
        <translation>양수 목록 (1~64개, 유한)</translation>
    </message>
</context>
<context>
    <name>column.c10</name>
    <message>
        <location filename="../../core/reference.py" line="18"/>
        <source>CIFAR-10, no augmentation</source>
        <translation>CIFAR-10, 데이터 증강 없음</translation>
    </message>
</context>
<context>
    <name>column.c100</name>
    <message>
        <location filename="../../core/reference.py" line="20"/>
        <source>CIFAR-100, no augmentation</source>
        <translation>CIFAR-100, 데이터 증강 없음</translation>
    </message>
</context>
<context>
    <name>column.c100plus</name>
    <message>
        <location filename="../../core/reference.py" line="21"/>
        <source>CIFAR-100 with standard augmentation</source>
        <translation>CIFAR-100, 표준 데이터 증강</translation>
    </message>
</context>
<context>
    <name>column.c10plus</name>
    <message>
        <location filename="../../core/reference.py" line="19"/>
        <source>CIFAR-10 with standard augmentation (translation, mirroring)</source>
        <translation>CIFAR-10, 표준 데이터 증강 (평행 이동, 좌우 반전)</translation>
    </message>
</context>
<context>
    <name>column.svhn</name>
    <message>
        <location filename="../../core/reference.py" line="22"/>
        <source>Street View House Numbers</source>
        <translation>SVHN (거리 사진 속 집 번호)</translation>
    </message>
</context>
<context>
    <name>config.at_least_1</name>
    <message>
        <location filename="../../core/inference/prediction.py" line="41"/>
        <source>must be at least 1</source>
        <translation>1 이상이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.bad_item</name>
    <message>
        <location filename="../../core/config.py" line="174"/>
        <source>item {n} ({item}) {reason}</source>
        <translation>{n}번째 항목({item}): {reason}</translation>
    </message>
</context>
<context>
    <name>config.bad_json</name>
    <message>
        <location filename="../../core/config.py" line="114"/>
        <source>is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>올바른 JSON이 아닙니다 ({line}행 {column}열: {error})</translation>
    </message>
</context>
<context>
    <name>config.compression_empty</name>
    <message>
        <location filename="../../core/families/densenet.py" line="154"/>
        <source>leaves no feature maps after transition {index} (floor({theta} x {channels}) = 0)</source>
        <translation>전이 층 {index} 뒤에 남는 특징 맵이 없습니다 (⌊{theta} × {channels}⌋ = 0)</translation>
    </message>
</context>
<context>
    <name>config.depth_blocks</name>
    <message>
        <location filename="../../core/families/densenet.py" line="198"/>
        <source>does not fit {blocks} equal blocks: {rule} must be a whole number</source>
        <translation>같은 크기의 블록 {blocks}개로 나뉘지 않습니다: {rule}이(가) 정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.depth_blocks_bottleneck</name>
    <message>
        <location filename="../../core/families/densenet.py" line="195"/>
        <source>does not fit {blocks} equal blocks with bottleneck: {rule} must be a whole number</source>
        <translation>병목을 쓰는 같은 크기의 블록 {blocks}개로 나뉘지 않습니다: {rule}이(가) 정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.depth_rule</name>
    <message>
        <location filename="../../core/families/base.py" line="146"/>
        <source>is not {per}n+{extra} ({what})</source>
        <translation>{per}n+{extra} 꼴이 아닙니다 ({what})</translation>
    </message>
</context>
<context>
    <name>config.duplicate_key</name>
    <message>
        <location filename="../../core/config.py" line="94"/>
        <source>appears twice in the file (the first value would be dropped silently)</source>
        <translation>파일에 두 번 나옵니다 (첫 번째 값이 조용히 버려질 것입니다)</translation>
    </message>
</context>
<context>
    <name>config.empty</name>
    <message>
        <location filename="../../core/config.py" line="135"/>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
</context>
<context>
    <name>config.empty_item</name>
    <message>
        <location filename="../../core/config.py" line="170"/>
        <source>has an empty item (item {n})</source>
        <translation>빈 항목이 있습니다 ({n}번째 항목)</translation>
    </message>
</context>
<context>
    <name>config.float_text</name>
    <message>
        <location filename="../../core/config.py" line="157"/>
        <source>must be a number written with the digits 0-9</source>
        <translation>숫자 0-9로 쓴 수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.input_too_small_dense</name>
    <message>
        <location filename="../../core/families/densenet.py" line="141"/>
        <source>is too small for the {stem} stem and {transitions} transitions (each halves the size)</source>
        <translation>{stem} 스템과 전이 층 {transitions}개에 비해 너무 작습니다 (전이 층마다 크기가 절반이 됩니다)</translation>
    </message>
</context>
<context>
    <name>config.input_too_small_fractal</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="75"/>
        <source>is too small for {blocks} blocks (each ends with a 2x2 max pool)</source>
        <translation>블록 {blocks}개에 비해 너무 작습니다 (블록마다 2×2 최대 풀링으로 끝납니다)</translation>
    </message>
</context>
<context>
    <name>config.int_text</name>
    <message>
        <location filename="../../core/config.py" line="143"/>
        <source>must be a whole number written with the digits 0-9, no spaces</source>
        <translation>숫자 0-9로 쓴 정수여야 합니다 (공백 없이)</translation>
    </message>
</context>
<context>
    <name>config.json_digits</name>
    <message>
        <location filename="../../core/config.py" line="103"/>
        <source>holds a number with too many digits</source>
        <translation>자릿수가 너무 많은 수가 있습니다</translation>
    </message>
</context>
<context>
    <name>config.missing</name>
    <message>
        <location filename="../../core/config.py" line="71"/>
        <source>is missing</source>
        <translation>빠져 있습니다</translation>
    </message>
</context>
<context>
    <name>config.not_bool</name>
    <message>
        <location filename="../../core/validation.py" line="162"/>
        <source>must be true or false</source>
        <translation>참 또는 거짓이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_channel_list</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="61"/>
        <source>must be a list of channel counts, one per block</source>
        <translation>블록마다 하나씩, 채널 수의 목록이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_choice</name>
    <message>
        <location filename="../../core/validation.py" line="169"/>
        <source>is not one of the choices</source>
        <translation>고를 수 있는 값이 아닙니다</translation>
    </message>
</context>
<context>
    <name>config.not_finite</name>
    <message>
        <location filename="../../core/validation.py" line="153"/>
        <source>must be a finite number</source>
        <translation>유한한 숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_int</name>
    <message>
        <location filename="../../core/validation.py" line="140"/>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_layer_list</name>
    <message>
        <location filename="../../core/families/densenet.py" line="124"/>
        <source>must be a list of layer counts</source>
        <translation>층 수의 목록이어야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_number</name>
    <message>
        <location filename="../../core/validation.py" line="149"/>
        <source>must be a number</source>
        <translation>숫자여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_object</name>
    <message>
        <location filename="../../core/config.py" line="60"/>
        <location filename="../../core/sweeps/spec.py" line="233"/>
        <source>must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.not_positive</name>
    <message>
        <location filename="../../core/inference/predictor.py" line="59"/>
        <source>must be positive</source>
        <translation>양수여야 합니다</translation>
    </message>
</context>
<context>
    <name>config.out_of_range</name>
    <message>
        <location filename="../../core/data/splits.py" line="48"/>
        <location filename="../../core/sweeps/study.py" line="311"/>
        <location filename="../../core/validation.py" line="142"/>
        <location filename="../../core/validation.py" line="151"/>
        <location filename="../../core/validation.py" line="157"/>
        <source>is out of range</source>
        <translation>범위를 벗어났습니다</translation>
    </message>
</context>
<context>
    <name>config.too_deep</name>
    <message>
        <location filename="../../core/config.py" line="117"/>
        <source>is nested too deeply (lists or objects inside one another hundreds of levels deep)</source>
        <translation>너무 깊이 중첩되어 있습니다 (목록이나 객체가 수백 단계로 겹쳐 있음)</translation>
    </message>
</context>
<context>
    <name>config.too_many_blocks</name>
    <message>
        <location filename="../../core/families/densenet.py" line="127"/>
        <location filename="../../core/families/fractalnet.py" line="64"/>
        <source>has too many blocks</source>
        <translation>블록이 너무 많습니다</translation>
    </message>
</context>
<context>
    <name>config.too_many_digits</name>
    <message>
        <location filename="../../core/config.py" line="146"/>
        <source>has too many digits</source>
        <translation>자릿수가 너무 많습니다</translation>
    </message>
</context>
<context>
    <name>config.too_many_items</name>
    <message>
        <location filename="../../core/config.py" line="177"/>
        <source>has {n} items</source>
        <translation>항목이 {n}개입니다</translation>
    </message>
</context>
<context>
    <name>config.unknown_family</name>
    <message>
        <location filename="../../core/families/__init__.py" line="38"/>
        <source>is not a known network family</source>
        <translation>알려진 네트워크 계열이 아닙니다</translation>
    </message>
</context>
<context>
    <name>config.unknown_field</name>
    <message>
        <location filename="../../core/config.py" line="67"/>
        <source>is not a field of a {family} config</source>
        <translation>{family} 설정의 필드가 아닙니다</translation>
    </message>
</context>
<context>
    <name>config.wrong_type</name>
    <message>
        <location filename="../../core/config.py" line="78"/>
        <source>has a value of the wrong type ({error})</source>
        <translation>형식이 맞지 않는 값이 있습니다 ({error})</translation>
    </message>
</context>
<context>
    <name>data.a_folder</name>
    <message>
        <location filename="../../core/data/files.py" line="18"/>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>data.at_least</name>
    <message>
        <location filename="../../core/data/synthetic.py" line="75"/>
        <source>at least {n}</source>
        <translation>{n} 이상</translation>
    </message>
</context>
<context>
    <name>data.bad_archive</name>
    <message>
        <location filename="../../core/data/downloads.py" line="93"/>
        <source>is not a readable archive ({detail})</source>
        <translation>읽을 수 있는 압축 파일이 아닙니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>data.bad_file</name>
    <message>
        <location filename="../../core/data/folder.py" line="46"/>
        <source>{path} {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>data.bad_image</name>
    <message>
        <location filename="../../core/data/folder.py" line="55"/>
        <source>{path} is not a readable image ({reason})</source>
        <translation>{path}: 읽을 수 있는 이미지가 아닙니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>data.cifar_keys</name>
    <message>
        <location filename="../../core/data/readers.py" line="66"/>
        <source>has no &apos;{data}&apos; and &apos;{key}&apos; entries (keys: {keys})</source>
        <translation>&apos;{data}&apos;와 &apos;{key}&apos; 항목이 없습니다 (있는 키: {keys})</translation>
    </message>
</context>
<context>
    <name>data.cifar_shape</name>
    <message>
        <location filename="../../core/data/readers.py" line="73"/>
        <source>holds images of shape {shape}; expected N x 3072 (3x32x32)</source>
        <translation>이미지 모양이 {shape}입니다 (N x 3072 (3x32x32)여야 합니다)</translation>
    </message>
</context>
<context>
    <name>data.class_count</name>
    <message>
        <location filename="../../core/data/folder.py" line="35"/>
        <source>has {n} class subfolders</source>
        <translation>클래스 하위 폴더가 {n}개입니다</translation>
    </message>
</context>
<context>
    <name>data.class_unreadable</name>
    <message>
        <location filename="../../core/data/folder.py" line="82"/>
        <source>class folder {folder} cannot be read ({reason})</source>
        <translation>클래스 폴더 {folder}을(를) 읽을 수 없습니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>data.digits_shape</name>
    <message>
        <location filename="../../core/data/synthetic.py" line="32"/>
        <source>{path} has {shape} values; expected rows of 64 pixels and a label</source>
        <translation>{path}의 값 모양이 {shape}입니다 (행마다 64픽셀과 레이블 하나여야 합니다)</translation>
    </message>
</context>
<context>
    <name>data.digits_unreadable</name>
    <message>
        <location filename="../../core/data/synthetic.py" line="29"/>
        <source>the shipped file {path} cannot be read ({error})</source>
        <translation>함께 배포된 파일 {path}을(를) 읽을 수 없습니다 ({error})</translation>
    </message>
</context>
<context>
    <name>data.idx_body</name>
    <message>
        <location filename="../../core/data/readers.py" line="130"/>
        <source>is truncated: {n} values for dimensions {dims}</source>
        <translation>잘렸습니다: 차원 {dims}에 값이 {n}개뿐입니다</translation>
    </message>
</context>
<context>
    <name>data.idx_counts</name>
    <message>
        <location filename="../../core/data/readers.py" line="162"/>
        <source>{folder}: image and label counts differ</source>
        <translation>{folder}: 이미지 수와 레이블 수가 다릅니다</translation>
    </message>
</context>
<context>
    <name>data.idx_header</name>
    <message>
        <location filename="../../core/data/readers.py" line="125"/>
        <source>is truncated: its header holds fewer than {n} dimensions</source>
        <translation>잘렸습니다: 헤더의 차원이 {n}개보다 적습니다</translation>
    </message>
</context>
<context>
    <name>data.idx_not_images</name>
    <message>
        <location filename="../../core/data/readers.py" line="159"/>
        <source>is not an idx file of images (expected 3 dimensions: count, height, width)</source>
        <translation>이미지의 idx 파일이 아닙니다 (개수, 높이, 너비의 3차원이어야 합니다)</translation>
    </message>
</context>
<context>
    <name>data.idx_too_big</name>
    <message>
        <location filename="../../core/data/readers.py" line="117"/>
        <source>unpacks to more than {gib} GiB; not an idx file of this project&apos;s sets</source>
        <translation>풀면 {gib} GiB를 넘습니다. 이 프로젝트 데이터셋의 idx 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>data.label_count</name>
    <message>
        <location filename="../../core/data/files.py" line="56"/>
        <source>holds {count} images but {labels} labels; expected one label per image</source>
        <translation>이미지는 {count}개인데 레이블은 {labels}개입니다 (이미지마다 레이블 하나여야 합니다)</translation>
    </message>
</context>
<context>
    <name>data.label_range</name>
    <message>
        <location filename="../../core/data/files.py" line="59"/>
        <source>holds label {label}; expected 0 to {last}</source>
        <translation>레이블 {label}이(가) 있습니다 (0~{last}여야 합니다)</translation>
    </message>
</context>
<context>
    <name>data.labels_not_int</name>
    <message>
        <location filename="../../core/data/files.py" line="54"/>
        <source>holds labels that are not whole numbers</source>
        <translation>정수가 아닌 레이블이 있습니다</translation>
    </message>
</context>
<context>
    <name>data.md5</name>
    <message>
        <location filename="../../core/data/downloads.py" line="61"/>
        <source>downloaded file has MD5 {found}, expected {md5}</source>
        <translation>내려받은 파일의 MD5가 {found}입니다 ({md5}여야 합니다)</translation>
    </message>
</context>
<context>
    <name>data.no_cifar_files</name>
    <message>
        <location filename="../../core/data/readers.py" line="85"/>
        <source>no {name} files in {root}: expected {sub}/ with {files} (the python version); choose the folder that holds them or download</source>
        <translation>{root}에 {name} 파일이 없습니다: {files}이(가) 든 {sub}/ 폴더가 필요합니다 (파이썬 판). 그 파일이 있는 폴더를 고르거나 내려받으십시오</translation>
    </message>
</context>
<context>
    <name>data.no_download</name>
    <message>
        <location filename="../../core/data/downloads.py" line="74"/>
        <source>cannot be downloaded</source>
        <translation>내려받을 수 없습니다</translation>
    </message>
</context>
<context>
    <name>data.no_folder</name>
    <message>
        <location filename="../../core/data/loading.py" line="26"/>
        <source>has no folder after &apos;{prefix}&apos;</source>
        <translation>&apos;{prefix}&apos; 뒤에 폴더가 없습니다</translation>
    </message>
</context>
<context>
    <name>data.no_idx_files</name>
    <message>
        <location filename="../../core/data/readers.py" line="168"/>
        <source>no {name} files in {root}: expected {sub}/ with {files} (optionally {gz}); choose the folder that holds them or download</source>
        <translation>{root}에 {name} 파일이 없습니다: {files}(또는 {gz})이(가) 든 {sub}/ 폴더가 필요합니다. 그 파일이 있는 폴더를 고르거나 내려받으십시오</translation>
    </message>
</context>
<context>
    <name>data.no_images</name>
    <message>
        <location filename="../../core/data/folder.py" line="70"/>
        <source>holds no readable images</source>
        <translation>읽을 수 있는 이미지가 없습니다</translation>
    </message>
</context>
<context>
    <name>data.no_scipy</name>
    <message>
        <location filename="../../core/data/readers.py" line="188"/>
        <source>reading SVHN&apos;s {ext} files needs scipy, which is not installed</source>
        <translation>SVHN의 {ext} 파일을 읽으려면 scipy가 필요한데 설치되어 있지 않습니다</translation>
    </message>
</context>
<context>
    <name>data.no_svhn_files</name>
    <message>
        <location filename="../../core/data/readers.py" line="182"/>
        <source>no SVHN files in {root}: expected {train} and {test} (the cropped digits); choose the folder that holds them or download</source>
        <translation>{root}에 SVHN 파일이 없습니다: {train}과(와) {test}(잘라 낸 숫자)가 필요합니다. 그 파일이 있는 폴더를 고르거나 내려받으십시오</translation>
    </message>
</context>
<context>
    <name>data.not_a_folder</name>
    <message>
        <location filename="../../core/data/folder.py" line="26"/>
        <source>is not a folder</source>
        <translation>폴더가 아닙니다</translation>
    </message>
</context>
<context>
    <name>data.not_bytes</name>
    <message>
        <location filename="../../core/data/readers.py" line="71"/>
        <source>holds image data that is not bytes (0..255)</source>
        <translation>바이트(0..255)가 아닌 이미지 데이터가 있습니다</translation>
    </message>
</context>
<context>
    <name>data.not_cifar</name>
    <message>
        <location filename="../../core/data/readers.py" line="52"/>
        <source>is not a CIFAR python batch ({detail})</source>
        <translation>CIFAR 파이썬 배치 파일이 아닙니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>data.not_cifar_dict</name>
    <message>
        <location filename="../../core/data/readers.py" line="55"/>
        <source>is not a CIFAR python batch (not a dict)</source>
        <translation>CIFAR 파이썬 배치 파일이 아닙니다 (딕셔너리가 아님)</translation>
    </message>
</context>
<context>
    <name>data.not_idx</name>
    <message>
        <location filename="../../core/data/readers.py" line="122"/>
        <source>is not an idx file of unsigned bytes (magic 0x0000080N)</source>
        <translation>부호 없는 바이트의 idx 파일이 아닙니다 (매직 번호 0x0000080N)</translation>
    </message>
</context>
<context>
    <name>data.not_svhn</name>
    <message>
        <location filename="../../core/data/readers.py" line="195"/>
        <source>is not a MATLAB file of SVHN digits ({detail})</source>
        <translation>SVHN 숫자의 MATLAB 파일이 아닙니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>data.replace_file</name>
    <message>
        <location filename="../../core/data/folder.py" line="20"/>
        <source>remove or replace that file; every image file must open</source>
        <translation>그 파일을 지우거나 바꾸십시오. 모든 이미지 파일이 열려야 합니다</translation>
    </message>
</context>
<context>
    <name>data.shapes_count</name>
    <message>
        <location filename="../../core/data/synthetic.py" line="74"/>
        <source>count {count} is too small</source>
        <translation>개수 {count}은(는) 너무 적습니다</translation>
    </message>
</context>
<context>
    <name>data.smaller</name>
    <message>
        <location filename="../../core/data/splits.py" line="53"/>
        <source>smaller</source>
        <translation>더 작은 값</translation>
    </message>
</context>
<context>
    <name>data.svhn_arrays</name>
    <message>
        <location filename="../../core/data/readers.py" line="198"/>
        <source>has no X and y arrays</source>
        <translation>X 배열과 y 배열이 없습니다</translation>
    </message>
</context>
<context>
    <name>data.unknown</name>
    <message>
        <location filename="../../core/data/registry.py" line="162"/>
        <source>is not a known dataset</source>
        <translation>알려진 데이터셋이 아닙니다</translation>
    </message>
</context>
<context>
    <name>data.val_fraction</name>
    <message>
        <location filename="../../core/data/splits.py" line="52"/>
        <source>leaves no training images of {n}</source>
        <translation>이미지 {n}개 중 학습 이미지가 남지 않습니다</translation>
    </message>
</context>
<context>
    <name>data.want_class_folders</name>
    <message>
        <location filename="../../core/data/folder.py" line="27"/>
        <source>a folder with one subfolder of images per class</source>
        <translation>클래스마다 이미지 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
</context>
<context>
    <name>data.want_folder_path</name>
    <message>
        <location filename="../../core/data/loading.py" line="27"/>
        <source>{syntax}, a folder with one subfolder per class</source>
        <translation>{syntax}, 클래스마다 하위 폴더가 하나씩 있는 폴더</translation>
    </message>
</context>
<context>
    <name>data.want_readable</name>
    <message>
        <location filename="../../core/data/folder.py" line="33"/>
        <source>a folder this user may read</source>
        <translation>이 사용자가 읽을 수 있는 폴더</translation>
    </message>
</context>
<context>
    <name>data.want_readable_or_remove</name>
    <message>
        <location filename="../../core/data/folder.py" line="84"/>
        <source>a folder this user may read, or remove it</source>
        <translation>이 사용자가 읽을 수 있는 폴더, 아니면 지우십시오</translation>
    </message>
</context>
<context>
    <name>data.want_two_classes</name>
    <message>
        <location filename="../../core/data/folder.py" line="36"/>
        <source>at least 2 subfolders, one per class, each holding images</source>
        <translation>클래스마다 하나씩, 이미지가 든 하위 폴더 2개 이상</translation>
    </message>
</context>
<context>
    <name>dataset.cifar10</name>
    <message>
        <location filename="../../core/data/registry.py" line="117"/>
        <source>32x32 colour photographs, 10 classes; from the data folder or a download</source>
        <translation>32x32 컬러 사진, 클래스 10개; 데이터 폴더에서 불러오거나 다운로드</translation>
    </message>
</context>
<context>
    <name>dataset.cifar100</name>
    <message>
        <location filename="../../core/data/registry.py" line="121"/>
        <source>32x32 colour photographs, 100 classes; from the data folder or a download</source>
        <translation>32x32 컬러 사진, 클래스 100개; 데이터 폴더에서 불러오거나 다운로드</translation>
    </message>
</context>
<context>
    <name>dataset.digits</name>
    <message>
        <location filename="../../core/data/registry.py" line="109"/>
        <source>8x8 grey handwritten digits, 10 classes; shipped, works offline</source>
        <translation>8x8 흑백 손글씨 숫자, 클래스 10개; 앱에 포함, 오프라인으로 동작</translation>
    </message>
</context>
<context>
    <name>dataset.fashion_mnist</name>
    <message>
        <location filename="../../core/data/registry.py" line="139"/>
        <source>28x28 grey photographs of clothing, 10 classes; from the data folder or a download</source>
        <translation>28x28 흑백 의류 사진, 클래스 10개; 데이터 폴더에서 불러오거나 다운로드</translation>
    </message>
</context>
<context>
    <name>dataset.kmnist</name>
    <message>
        <location filename="../../core/data/registry.py" line="145"/>
        <source>28x28 grey handwritten cursive Japanese (kuzushiji) hiragana, 10 classes; from the data folder or a download</source>
        <translation>28x28 흑백 손글씨 일본어 초서체(구즈시지) 히라가나, 클래스 10개; 데이터 폴더에서 불러오거나 다운로드</translation>
    </message>
</context>
<context>
    <name>dataset.mnist</name>
    <message>
        <location filename="../../core/data/registry.py" line="132"/>
        <source>28x28 grey handwritten digits, 10 classes; from the data folder or a download</source>
        <translation>28x28 흑백 손글씨 숫자, 클래스 10개; 데이터 폴더에서 불러오거나 다운로드</translation>
    </message>
</context>
<context>
    <name>dataset.shapes</name>
    <message>
        <location filename="../../core/data/registry.py" line="113"/>
        <source>32x32 colour shapes and textures, 8 classes; generated, works offline</source>
        <translation>32x32 컬러 도형과 무늬, 클래스 8개; 생성, 오프라인으로 동작</translation>
    </message>
</context>
<context>
    <name>dataset.svhn</name>
    <message>
        <location filename="../../core/data/registry.py" line="124"/>
        <source>32x32 colour house-number digits, 10 classes; from the data folder or a download</source>
        <translation>32x32 컬러 집 번호 숫자, 클래스 10개; 데이터 폴더에서 불러오거나 다운로드</translation>
    </message>
</context>
<context>
    <name>depth.plain</name>
    <message>
        <location filename="../../core/families/plain.py" line="40"/>
        <location filename="../../core/families/preact.py" line="50"/>
        <source>3 stages of n units of 2 convs, plus the first conv and the classifier</source>
        <translation>3개 단계마다 합성곱 2개짜리 유닛 n개, 그리고 첫 합성곱과 분류기</translation>
    </message>
</context>
<context>
    <name>depth.preact_bottleneck</name>
    <message>
        <location filename="../../core/families/preact.py" line="47"/>
        <source>3 stages of n bottleneck units of 3 convs, plus the first conv and the classifier</source>
        <translation>3개 단계마다 합성곱 3개짜리 병목 유닛 n개, 그리고 첫 합성곱과 분류기</translation>
    </message>
</context>
<context>
    <name>depth.resnet</name>
    <message>
        <location filename="../../core/families/resnet.py" line="74"/>
        <source>3 stages of n residual units of 2 convs, plus the first conv and the classifier</source>
        <translation>3개 단계마다 합성곱 2개짜리 잔차 유닛 n개, 그리고 첫 합성곱과 분류기</translation>
    </message>
</context>
<context>
    <name>depth.wide</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="44"/>
        <source>3 stages of n units of 2 convs, plus the first conv, the projection shortcuts and the classifier</source>
        <translation>3개 단계마다 합성곱 2개짜리 유닛 n개, 그리고 첫 합성곱, 사영 숏컷과 분류기</translation>
    </message>
</context>
<context>
    <name>device.cpu</name>
    <message>
        <location filename="../../core/devices.py" line="34"/>
        <source>CPU ({cores} cores, {threads} threads)</source>
        <translation>CPU (코어 {cores}개, 스레드 {threads}개)</translation>
    </message>
</context>
<context>
    <name>device.no_cuda</name>
    <message>
        <location filename="../../core/devices.py" line="44"/>
        <source>no CUDA device or driver was found</source>
        <translation>CUDA 장치나 드라이버를 찾지 못했습니다</translation>
    </message>
</context>
<context>
    <name>device.no_cuda_build</name>
    <message>
        <location filename="../../core/devices.py" line="43"/>
        <source>this torch build has no CUDA support</source>
        <translation>이 torch 빌드는 CUDA를 지원하지 않습니다</translation>
    </message>
</context>
<context>
    <name>device.no_mps</name>
    <message>
        <location filename="../../core/devices.py" line="50"/>
        <source>only on Apple silicon with macOS 12.3+</source>
        <translation>macOS 12.3 이상의 애플 실리콘에서만 쓸 수 있습니다</translation>
    </message>
</context>
<context>
    <name>family.plain</name>
    <message>
        <location filename="../../core/families/plain.py" line="63"/>
        <source>Plain CNN</source>
        <translation>플레인 CNN</translation>
    </message>
</context>
<context>
    <name>family.preact_resnet</name>
    <message>
        <location filename="../../core/families/preact.py" line="152"/>
        <source>Pre-activation ResNet</source>
        <translation>사전 활성화 ResNet</translation>
    </message>
</context>
<context>
    <name>family.wide_resnet</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="93"/>
        <source>Wide ResNet</source>
        <translation>와이드 ResNet</translation>
    </message>
</context>
<context>
    <name>group.plain</name>
    <message>
        <location filename="../../core/families/plain.py" line="52"/>
        <source>Plain</source>
        <translation>플레인 네트워크</translation>
    </message>
</context>
<context>
    <name>group.preact</name>
    <message>
        <location filename="../../core/families/preact.py" line="138"/>
        <source>Pre-act ResNet</source>
        <translation>사전 활성화 ResNet</translation>
    </message>
</context>
<context>
    <name>group.wide</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="78"/>
        <source>Wide ResNet</source>
        <translation>와이드 ResNet</translation>
    </message>
</context>
<context>
    <name>help.common.in_channels</name>
    <message>
        <location filename="../../core/families/base.py" line="31"/>
        <source>Input channels: 3 for colour images, 1 for grey.</source>
        <translation>입력 채널: 컬러 이미지는 3, 흑백은 1.</translation>
    </message>
</context>
<context>
    <name>help.common.input_size</name>
    <message>
        <location filename="../../core/families/base.py" line="33"/>
        <source>Height = width of the input image in pixels (32 for CIFAR).</source>
        <translation>입력 이미지의 높이 = 너비, 픽셀 단위 (CIFAR는 32).</translation>
    </message>
</context>
<context>
    <name>help.common.num_classes</name>
    <message>
        <location filename="../../core/families/base.py" line="29"/>
        <source>Classes the classifier tells apart (10 for CIFAR-10, 100 for CIFAR-100).</source>
        <translation>분류기가 구별하는 클래스 수 (CIFAR-10은 10, CIFAR-100은 100).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.channels</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="27"/>
        <source>Channels of each block; the number of entries is B, the number of blocks (the paper: 64, 128, 256, 512, 512). Each block ends with a 2x2 max pool.</source>
        <translation>각 블록의 채널 수. 항목 수가 블록 수 B입니다 (논문: 64, 128, 256, 512, 512). 각 블록은 2×2 최대 풀링으로 끝납니다.</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.columns</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="23"/>
        <source>C: columns per block. Column c holds 2^(c-1) conv-BN-ReLU units, so the deepest path through a block has 2^(C-1) convs (C = 3: 4).</source>
        <translation>C: 블록당 열 수. 열 c에는 합성곱-BN-ReLU 유닛이 2^(c-1)개 있어서, 블록을 지나는 가장 깊은 경로의 합성곱은 2^(C-1)개입니다 (C = 3이면 4개).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.drop_path</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="30"/>
        <source>Local drop-path (training only): each input of a join is dropped with this chance, at least one kept (the paper: 0.15).</source>
        <translation>지역 드롭패스 (학습 때만): 결합의 각 입력을 이 확률로 버리되, 적어도 하나는 남깁니다 (논문: 0.15).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.drop_rate</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="36"/>
        <source>Dropout after each conv, rising linearly from 0 in block 1 to this in block B (the paper: 0, 0.1, 0.2, 0.3, 0.4).</source>
        <translation>각 합성곱 뒤의 드롭아웃. 블록 1의 0에서 블록 B의 이 값까지 선형으로 커집니다 (논문: 0, 0.1, 0.2, 0.3, 0.4).</translation>
    </message>
</context>
<context>
    <name>help.fractalnet.global_paths</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="33"/>
        <source>Global drop-path (training only): the share of training steps that keep one column, the same in every block, for the whole network (the paper: 0.5).</source>
        <translation>전역 드롭패스 (학습 때만): 네트워크 전체에서 모든 블록의 같은 열 하나만 남기는 학습 스텝의 비율 (논문: 0.5).</translation>
    </message>
</context>
<context>
    <name>help.plain.depth</name>
    <message>
        <location filename="../../core/families/plain.py" line="23"/>
        <source>L = 6n + 2: n two-conv units in each of 3 stages, plus the first conv and the classifier (He et al. 2016 train 20, 32, 44, 56 and 110).</source>
        <translation>L = 6n + 2: 3개 단계마다 합성곱 2개짜리 유닛 n개, 그리고 첫 합성곱과 분류기 (He et al. 2016은 20, 32, 44, 56, 110층을 학습).</translation>
    </message>
</context>
<context>
    <name>help.plain.width</name>
    <message>
        <location filename="../../core/families/plain.py" line="27"/>
        <source>Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the paper).</source>
        <translation>단계 1의 채널 수. 단계 2와 3은 그 2배와 4배입니다 (논문: 16/32/64).</translation>
    </message>
</context>
<context>
    <name>help.preact_resnet.bottleneck</name>
    <message>
        <location filename="../../core/families/preact.py" line="28"/>
        <source>Units of BN-ReLU-1x1, BN-ReLU-3x3, BN-ReLU-1x1 that end with 4x the unit&apos;s width (64/128/256 channels leave the stages); off: two BN-ReLU-3x3 convs.</source>
        <translation>BN-ReLU-1×1, BN-ReLU-3×3, BN-ReLU-1×1로 이루어져 유닛 너비의 4배로 끝나는 유닛 (단계를 나가는 채널 64/128/256). 끄면 BN-ReLU-3×3 합성곱 2개.</translation>
    </message>
</context>
<context>
    <name>help.preact_resnet.depth</name>
    <message>
        <location filename="../../core/families/preact.py" line="24"/>
        <source>With bottleneck: L = 9n + 2 (n units of 3 convs per stage; 164: n = 18, 1001: n = 111); without: L = 6n + 2.</source>
        <translation>병목 사용: L = 9n + 2 (단계마다 합성곱 3개짜리 유닛 n개; 164: n = 18, 1001: n = 111). 병목 없이: L = 6n + 2.</translation>
    </message>
</context>
<context>
    <name>help.preact_resnet.width</name>
    <message>
        <location filename="../../core/families/preact.py" line="31"/>
        <source>Bottleneck width of stage 1 (16 in the paper); stages 2 and 3 have 2x and 4x.</source>
        <translation>단계 1의 병목 너비 (논문: 16). 단계 2와 3은 2배와 4배.</translation>
    </message>
</context>
<context>
    <name>help.resnet.depth</name>
    <message>
        <location filename="../../core/families/resnet.py" line="44"/>
        <source>L = 6n + 2: n residual units of two 3x3 convs in each of 3 stages, plus the first conv and the classifier (ResNet-110: n = 18; ResNet-1202: n = 200).</source>
        <translation>L = 6n + 2: 3개 단계마다 3×3 합성곱 2개짜리 잔차 유닛 n개, 그리고 첫 합성곱과 분류기 (ResNet-110: n = 18, ResNet-1202: n = 200).</translation>
    </message>
</context>
<context>
    <name>help.resnet.shortcut</name>
    <message>
        <location filename="../../core/families/resnet.py" line="49"/>
        <source>Where a stage doubles the channels and halves the size: A = identity, subsampled and padded with zeros (no parameters; He et al.&apos;s choice on CIFAR); B = a 1x1 conv projection with BN there.</source>
        <translation>단계가 채널을 두 배로, 크기를 절반으로 바꾸는 곳의 숏컷: A = 항등 사상을 서브샘플링하고 0으로 채움 (파라미터 없음, He et al.이 CIFAR에서 택한 방식); B = 그곳에 BN을 둔 1×1 합성곱 사영.</translation>
    </message>
</context>
<context>
    <name>help.resnet.survival_last</name>
    <message>
        <location filename="../../core/families/resnet.py" line="53"/>
        <source>Stochastic depth (training only): p_L, the chance that the last residual unit runs in a training step; unit l of L runs with 1 - (l/L)(1 - p_L). At test time every unit runs, scaled by its p_l. 1 = off (a plain ResNet); Huang et al. use 0.5.</source>
        <translation>확률적 깊이 (학습 때만): p_L은 마지막 잔차 유닛이 학습 스텝에서 실행될 확률입니다. L개 중 유닛 l은 1 - (l/L)(1 - p_L)의 확률로 실행됩니다. 테스트 때는 모든 유닛이 실행되고 각자의 p_l로 스케일됩니다. 1 = 끔 (보통의 ResNet); Huang et al.은 0.5를 씁니다.</translation>
    </message>
</context>
<context>
    <name>help.resnet.width</name>
    <message>
        <location filename="../../core/families/resnet.py" line="17"/>
        <source>Channels of stage 1; stages 2 and 3 have 2x and 4x as many (16/32/64 in the paper).</source>
        <translation>단계 1의 채널 수. 단계 2와 3은 그 2배와 4배입니다 (논문: 16/32/64).</translation>
    </message>
</context>
<context>
    <name>help.wide_resnet.depth</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="24"/>
        <source>d = 6n + 4: n units of two 3x3 convs per stage; the first conv, the 1x1 projections and the classifier make up the 4 (WRN-16: n = 2, WRN-28: n = 4).</source>
        <translation>d = 6n + 4: 단계마다 3×3 합성곱 2개짜리 유닛 n개. 첫 합성곱, 1×1 사영들과 분류기가 4를 이룹니다 (WRN-16: n = 2, WRN-28: n = 4).</translation>
    </message>
</context>
<context>
    <name>help.wide_resnet.drop_rate</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="30"/>
        <source>Dropout between the two convs of each unit (the paper uses 0.3 on CIFAR, 0.4 on SVHN).</source>
        <translation>각 유닛의 두 합성곱 사이의 드롭아웃 (논문: CIFAR 0.3, SVHN 0.4).</translation>
    </message>
</context>
<context>
    <name>help.wide_resnet.widen_factor</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="28"/>
        <source>k: stage widths are 16k, 32k, 64k (k = 1 is a thin pre-activation ResNet).</source>
        <translation>k: 단계 너비는 16k, 32k, 64k입니다 (k = 1이면 얇은 사전 활성화 ResNet).</translation>
    </message>
</context>
<context>
    <name>image.bomb</name>
    <message>
        <location filename="../../core/images.py" line="87"/>
        <source>{name}: is too large to open safely (more than {max:,} pixels)</source>
        <translation>{name}: 너무 커서 안전하게 열 수 없습니다 ({max:,}픽셀 초과)</translation>
    </message>
</context>
<context>
    <name>image.cannot_read</name>
    <message>
        <location filename="../../core/images.py" line="90"/>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}: 읽을 수 없습니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>image.damaged</name>
    <message>
        <location filename="../../core/images.py" line="152"/>
        <source>{name}: the image data is damaged or cut short ({detail})</source>
        <translation>{name}: 이미지 데이터가 손상되었거나 잘렸습니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>image.empty</name>
    <message>
        <location filename="../../core/images.py" line="77"/>
        <source>{name}: the file is empty (0 bytes)</source>
        <translation>{name}: 빈 파일입니다 (0바이트)</translation>
    </message>
</context>
<context>
    <name>image.no_pixels</name>
    <message>
        <location filename="../../core/images.py" line="98"/>
        <source>{name}: has no pixels ({w}x{h})</source>
        <translation>{name}: 픽셀이 없습니다 ({w}x{h})</translation>
    </message>
</context>
<context>
    <name>image.no_such_file</name>
    <message>
        <location filename="../../core/images.py" line="74"/>
        <source>no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
</context>
<context>
    <name>image.too_big_decoded</name>
    <message>
        <location filename="../../core/images.py" line="105"/>
        <source>{name}: {w}x{h} {mode} would take {need:,.0f} MiB to decode, more than the {limit:,.0f} MiB allowed; shrink it first</source>
        <translation>{name}: {w}x{h} {mode} 이미지를 풀려면 {need:,.0f} MiB가 필요해 허용된 {limit:,.0f} MiB를 넘습니다. 먼저 크기를 줄이십시오</translation>
    </message>
</context>
<context>
    <name>image.too_many_pixels</name>
    <message>
        <location filename="../../core/images.py" line="100"/>
        <source>{name}: {w}x{h} = {pixels:,} pixels is too large to open safely (at most {max:,}; shrink it first)</source>
        <translation>{name}: {w}x{h} = {pixels:,}픽셀은 너무 커서 안전하게 열 수 없습니다 (최대 {max:,}픽셀. 먼저 크기를 줄이십시오)</translation>
    </message>
</context>
<context>
    <name>image.unreadable</name>
    <message>
        <location filename="../../core/images.py" line="84"/>
        <source>{name}: is not an image Pillow can read (PNG, JPEG, BMP, GIF, TIFF, WebP, ...)</source>
        <translation>{name}: 읽을 수 있는 이미지가 아닙니다 (PNG, JPEG, BMP, GIF, TIFF, WebP 등)</translation>
    </message>
</context>
<context>
    <name>inference.class</name>
    <message>
        <location filename="../../core/inference/predictor.py" line="68"/>
        <source>class {i}</source>
        <translation>클래스 {i}</translation>
    </message>
</context>
<context>
    <name>inference.classes_mismatch</name>
    <message>
        <location filename="../../core/inference/predictor.py" line="70"/>
        <source>does not match the network&apos;s {n} outputs</source>
        <translation>네트워크의 출력 {n}개와 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>inference.crop</name>
    <message>
        <location filename="../../core/inference/preprocessing.py" line="77"/>
        <source>{crop}x{crop} from the middle</source>
        <translation>가운데에서 {crop}×{crop}</translation>
    </message>
</context>
<context>
    <name>inference.no_maps</name>
    <message>
        <location filename="../../core/inference/gradcam.py" line="59"/>
        <source>does not output feature maps</source>
        <translation>특징 맵을 출력하지 않습니다</translation>
    </message>
</context>
<context>
    <name>inference.no_maps_gives</name>
    <message>
        <location filename="../../core/inference/features.py" line="116"/>
        <source>does not output feature maps (it gives {what})</source>
        <translation>특징 맵을 출력하지 않습니다 (출력: {what})</translation>
    </message>
</context>
<context>
    <name>inference.normalise</name>
    <message>
        <location filename="../../core/inference/preprocessing.py" line="87"/>
        <source>(x − mean {mean}) / std {std}; range {lo} to {hi}, shown stretched</source>
        <translation>(x − 평균 {mean}) / 표준편차 {std}; 범위 {lo}~{hi}, 늘려서 표시</translation>
    </message>
</context>
<context>
    <name>inference.not_a_class</name>
    <message>
        <location filename="../../core/inference/gradcam.py" line="42"/>
        <source>is not a class of this network</source>
        <translation>이 네트워크의 클래스가 아닙니다</translation>
    </message>
</context>
<context>
    <name>inference.not_a_layer</name>
    <message>
        <location filename="../../core/inference/features.py" line="85"/>
        <location filename="../../core/inference/gradcam.py" line="38"/>
        <source>is not a layer of this network</source>
        <translation>이 네트워크의 층이 아닙니다</translation>
    </message>
</context>
<context>
    <name>inference.not_finite</name>
    <message>
        <location filename="../../core/inference/prediction.py" line="47"/>
        <source>gives outputs that are not finite (NaN or infinity) for this image: its weights are not usable</source>
        <translation>이 이미지에 대해 유한하지 않은 출력(NaN 또는 무한대)을 냅니다: 가중치를 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>inference.nothing</name>
    <message>
        <location filename="../../core/inference/features.py" line="117"/>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
</context>
<context>
    <name>inference.resize</name>
    <message>
        <location filename="../../core/inference/preprocessing.py" line="67"/>
        <source>{w}x{h} → {nw}x{nh} (shorter side {short})</source>
        <translation>{w}×{h} → {nw}×{nh} (짧은 변 {short})</translation>
    </message>
</context>
<context>
    <name>inference.stats_count</name>
    <message>
        <location filename="../../core/inference/predictor.py" line="55"/>
        <source>has {n} values for a {channels}-channel network</source>
        <translation>값이 {n}개인데 네트워크는 {channels}채널입니다</translation>
    </message>
</context>
<context>
    <name>io.a.checkpoint_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="24"/>
        <source>a checkpoint file</source>
        <translation>체크포인트 파일</translation>
    </message>
</context>
<context>
    <name>io.a.config_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="22"/>
        <source>a config file</source>
        <translation>설정 파일</translation>
    </message>
</context>
<context>
    <name>io.a.data_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="26"/>
        <source>a data file</source>
        <translation>데이터 파일</translation>
    </message>
</context>
<context>
    <name>io.a.file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="21"/>
        <source>a file</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>io.a.image_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="25"/>
        <source>an image file</source>
        <translation>이미지 파일</translation>
    </message>
</context>
<context>
    <name>io.a.torch_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="28"/>
        <source>a torch file</source>
        <translation>torch 파일</translation>
    </message>
</context>
<context>
    <name>io.a.weights_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="27"/>
        <source>a weights file</source>
        <translation>가중치 파일</translation>
    </message>
</context>
<context>
    <name>io.blocker</name>
    <message>
        <location filename="../../core/io/outputs.py" line="34"/>
        <source>{blocker} is {kind}, not a folder</source>
        <translation>{blocker}: 폴더가 아니라 {kind}입니다</translation>
    </message>
</context>
<context>
    <name>io.cannot_read</name>
    <message>
        <location filename="../../core/data/folder.py" line="32"/>
        <location filename="../../core/data/readers.py" line="120"/>
        <location filename="../../core/io/inputs.py" line="30"/>
        <source>cannot be read ({reason})</source>
        <translation>읽을 수 없습니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>io.cannot_write</name>
    <message>
        <location filename="../../core/io/errors.py" line="34"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: 쓸 수 없습니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>io.config_missing</name>
    <message>
        <location filename="../../core/io/configs.py" line="29"/>
        <source>cannot be read (No such file or directory)</source>
        <translation>읽을 수 없습니다 (그런 파일이나 폴더가 없습니다)</translation>
    </message>
</context>
<context>
    <name>io.grew</name>
    <message>
        <location filename="../../core/io/inputs.py" line="127"/>
        <source>{path}: is more than {limit}, more than {what} can be; refused</source>
        <translation>{path}: {limit}보다 커서 {what}일 수 없습니다. 거부했습니다</translation>
    </message>
</context>
<context>
    <name>io.in_file</name>
    <message>
        <location filename="../../core/io/configs.py" line="39"/>
        <location filename="../../core/lessons/schema.py" line="287"/>
        <source>{message} (in {path})</source>
        <translation>{message} ({path}에서)</translation>
    </message>
</context>
<context>
    <name>io.is_kind</name>
    <message>
        <location filename="../../core/io/inputs.py" line="31"/>
        <source>is {kind}, not {what}</source>
        <translation>{what}이 아니라 {kind}입니다</translation>
    </message>
</context>
<context>
    <name>io.kind.device</name>
    <message>
        <location filename="../../core/io/errors.py" line="77"/>
        <source>a device</source>
        <translation>장치</translation>
    </message>
</context>
<context>
    <name>io.kind.file</name>
    <message>
        <location filename="../../core/io/errors.py" line="88"/>
        <location filename="../../core/io/errors.py" line="90"/>
        <source>a file</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>io.kind.folder</name>
    <message>
        <location filename="../../core/io/errors.py" line="73"/>
        <source>a folder</source>
        <translation>폴더</translation>
    </message>
</context>
<context>
    <name>io.kind.link</name>
    <message>
        <location filename="../../core/io/errors.py" line="81"/>
        <source>a symbolic link</source>
        <translation>심볼릭 링크</translation>
    </message>
</context>
<context>
    <name>io.kind.other</name>
    <message>
        <location filename="../../core/io/errors.py" line="82"/>
        <source>not a regular file</source>
        <translation>일반 파일이 아닌 것</translation>
    </message>
</context>
<context>
    <name>io.kind.pipe</name>
    <message>
        <location filename="../../core/io/errors.py" line="75"/>
        <source>a named pipe</source>
        <translation>명명된 파이프</translation>
    </message>
</context>
<context>
    <name>io.kind.socket</name>
    <message>
        <location filename="../../core/io/errors.py" line="79"/>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
</context>
<context>
    <name>io.link_loop</name>
    <message>
        <location filename="../../core/io/inputs.py" line="66"/>
        <source>is a symbolic link loop, not a file</source>
        <translation>파일이 아니라 순환하는 심볼릭 링크입니다</translation>
    </message>
</context>
<context>
    <name>io.link_missing</name>
    <message>
        <location filename="../../core/io/inputs.py" line="61"/>
        <source>is a symbolic link to a missing file ({target})</source>
        <translation>없는 파일({target})을 가리키는 심볼릭 링크입니다</translation>
    </message>
</context>
<context>
    <name>io.lock.busy</name>
    <message>
        <location filename="../../core/io/runs.py" line="74"/>
        <source>another training run ({who}) is writing to this folder; its checkpoint and metrics are kept and nothing was written; wait for it to end or choose another --out</source>
        <translation>다른 학습 실행({who})이 이 폴더에 쓰는 중입니다. 그 체크포인트와 지표는 그대로 두었고 아무것도 쓰지 않았습니다. 그 실행이 끝나기를 기다리거나 다른 출력 폴더를 고르십시오</translation>
    </message>
</context>
<context>
    <name>io.lock.create</name>
    <message>
        <location filename="../../core/io/runs.py" line="64"/>
        <source>no file can be created in it: {reason}</source>
        <translation>그 안에 파일을 만들 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>io.lock.kind</name>
    <message>
        <location filename="../../core/io/runs.py" line="86"/>
        <source>is {kind}; the run folder&apos;s lock must be a plain file</source>
        <translation>{kind}입니다. 실행 폴더의 잠금은 일반 파일이어야 합니다</translation>
    </message>
</context>
<context>
    <name>io.lock.link</name>
    <message>
        <location filename="../../core/io/runs.py" line="62"/>
        <source>is a symbolic link; the run folder&apos;s lock must be a plain file</source>
        <translation>심볼릭 링크입니다. 실행 폴더의 잠금은 일반 파일이어야 합니다</translation>
    </message>
</context>
<context>
    <name>io.lock.on_host</name>
    <message>
        <location filename="../../core/io/runs.py" line="73"/>
        <source>{who} on {host}</source>
        <translation>{host}의 {who}</translation>
    </message>
</context>
<context>
    <name>io.lock.other</name>
    <message>
        <location filename="../../core/io/runs.py" line="71"/>
        <source>another process</source>
        <translation>다른 프로세스</translation>
    </message>
</context>
<context>
    <name>io.lock.pid</name>
    <message>
        <location filename="../../core/io/runs.py" line="70"/>
        <source>pid {pid}</source>
        <translation>프로세스 번호 {pid}</translation>
    </message>
</context>
<context>
    <name>io.no_such</name>
    <message>
        <location filename="../../core/io/inputs.py" line="59"/>
        <location filename="../../core/io/inputs.py" line="63"/>
        <source>no such {what}</source>
        <translation>그런 {what}이 없습니다</translation>
    </message>
</context>
<context>
    <name>io.not_a_name</name>
    <message>
        <location filename="../../core/io/inputs.py" line="81"/>
        <source>{name}: is not a file name</source>
        <translation>{name}: 파일 이름이 아닙니다</translation>
    </message>
</context>
<context>
    <name>io.not_utf8</name>
    <message>
        <location filename="../../core/io/configs.py" line="33"/>
        <source>{path}: is not a text (UTF-8 JSON) file</source>
        <translation>{path}: 텍스트(UTF-8 JSON) 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>io.out.became</name>
    <message>
        <location filename="../../core/io/outputs.py" line="239"/>
        <source>became {kind} while it was written; nothing was written and it is left as it was</source>
        <translation>쓰는 동안 {kind}(으)로 바뀌었습니다. 아무것도 쓰지 않았고 그대로 두었습니다</translation>
    </message>
</context>
<context>
    <name>io.out.folder</name>
    <message>
        <location filename="../../core/io/outputs.py" line="56"/>
        <source>a folder has that name</source>
        <translation>같은 이름의 폴더가 있습니다</translation>
    </message>
</context>
<context>
    <name>io.out.input</name>
    <message>
        <location filename="../../core/io/outputs.py" line="74"/>
        <source>is the input {input}; it is kept and nothing was written; choose another name</source>
        <translation>입력 파일 {input}입니다. 그대로 두었고 아무것도 쓰지 않았습니다. 다른 이름을 고르십시오</translation>
    </message>
</context>
<context>
    <name>io.out.kind</name>
    <message>
        <location filename="../../core/io/outputs.py" line="59"/>
        <source>is {kind}, not a file; nothing was written and it is left as it was</source>
        <translation>파일이 아니라 {kind}입니다. 아무것도 쓰지 않았고 그대로 두었습니다</translation>
    </message>
</context>
<context>
    <name>io.out.kind_link</name>
    <message>
        <location filename="../../core/io/outputs.py" line="62"/>
        <source>is {kind} (through the link to {target}), not a file; nothing was written and it is left as it was</source>
        <translation>파일이 아니라 {kind}입니다({target}(으)로 가는 링크를 거쳐). 아무것도 쓰지 않았고 그대로 두었습니다</translation>
    </message>
</context>
<context>
    <name>io.out.link_loop</name>
    <message>
        <location filename="../../core/io/outputs.py" line="92"/>
        <source>is a symbolic link loop, not a file; nothing was written</source>
        <translation>파일이 아니라 순환하는 심볼릭 링크입니다. 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>io.out.no_name</name>
    <message>
        <location filename="../../core/io/outputs.py" line="85"/>
        <source>is not a file name; nothing was written</source>
        <translation>파일 이름이 아닙니다. 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>io.out.program</name>
    <message>
        <location filename="../../core/io/outputs.py" line="111"/>
        <source>is inside the program&apos;s own files ({folder}); nothing was written; choose a place outside it</source>
        <translation>프로그램 자체의 파일({folder}) 안입니다. 아무것도 쓰지 않았습니다. 그 바깥의 위치를 고르십시오</translation>
    </message>
</context>
<context>
    <name>io.path_reason</name>
    <message>
        <location filename="../../core/io/errors.py" line="15"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
</context>
<context>
    <name>io.run.no_name</name>
    <message>
        <location filename="../../core/io/runs.py" line="26"/>
        <source>is not a folder name; nothing was written</source>
        <translation>폴더 이름이 아닙니다. 아무것도 쓰지 않았습니다</translation>
    </message>
</context>
<context>
    <name>io.run.read_only</name>
    <message>
        <location filename="../../core/io/runs.py" line="38"/>
        <source>Permission denied: the folder is read-only</source>
        <translation>권한이 없습니다: 폴더가 읽기 전용입니다</translation>
    </message>
</context>
<context>
    <name>io.run.source</name>
    <message>
        <location filename="../../core/io/runs.py" line="30"/>
        <source>is inside the program&apos;s own source tree ({root}); nothing was written; choose a run folder outside it</source>
        <translation>프로그램 자체의 소스 트리({root}) 안입니다. 아무것도 쓰지 않았습니다. 그 바깥의 실행 폴더를 고르십시오</translation>
    </message>
</context>
<context>
    <name>io.too_big</name>
    <message>
        <location filename="../../core/io/inputs.py" line="32"/>
        <source>{path}: is {size}, more than {what} can be (at most {limit}); refused unread</source>
        <translation>{path}: 크기가 {size}(으)로 {what}일 수 있는 크기(최대 {limit})를 넘습니다. 읽지 않고 거부했습니다</translation>
    </message>
</context>
<context>
    <name>io.what.checkpoint_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="23"/>
        <source>checkpoint file</source>
        <translation>체크포인트 파일</translation>
    </message>
</context>
<context>
    <name>io.what.config_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="22"/>
        <source>config file</source>
        <translation>설정 파일</translation>
    </message>
</context>
<context>
    <name>io.what.data_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="26"/>
        <source>data file</source>
        <translation>데이터 파일</translation>
    </message>
</context>
<context>
    <name>io.what.file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="21"/>
        <source>file</source>
        <translation>파일</translation>
    </message>
</context>
<context>
    <name>io.what.image_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="25"/>
        <source>image file</source>
        <translation>이미지 파일</translation>
    </message>
</context>
<context>
    <name>io.what.torch_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="28"/>
        <source>torch file</source>
        <translation>torch 파일</translation>
    </message>
</context>
<context>
    <name>io.what.weights_file</name>
    <message>
        <location filename="../../core/io/inputs.py" line="27"/>
        <source>weights file</source>
        <translation>가중치 파일</translation>
    </message>
</context>
<context>
    <name>layer.conv3</name>
    <message>
        <location filename="../../core/ledger.py" line="22"/>
        <source>Conv 3x3</source>
        <translation>3×3 합성곱</translation>
    </message>
</context>
<context>
    <name>layer.conv7_s2</name>
    <message>
        <location filename="../../core/families/densenet.py" line="223"/>
        <source>Conv 7x7, stride 2</source>
        <translation>7×7 합성곱, 스트라이드 2</translation>
    </message>
</context>
<context>
    <name>layer.dense</name>
    <message>
        <location filename="../../core/families/densenet.py" line="226"/>
        <source>BN-ReLU-Conv(3x3)</source>
        <translation>BN-ReLU-합성곱(3×3)</translation>
    </message>
</context>
<context>
    <name>layer.dense_bottleneck</name>
    <message>
        <location filename="../../core/families/densenet.py" line="225"/>
        <source>BN-ReLU-Conv(1x1)-BN-ReLU-Conv(3x3)</source>
        <translation>BN-ReLU-합성곱(1×1)-BN-ReLU-합성곱(3×3)</translation>
    </message>
</context>
<context>
    <name>layer.fractal_pool</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="116"/>
        <source>Max pool 2x2 (after the block&apos;s last join)</source>
        <translation>2×2 최대 풀링 (블록의 마지막 결합 뒤)</translation>
    </message>
</context>
<context>
    <name>layer.fractal_unit</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="113"/>
        <source>Conv3x3-BN-ReLU (column {column} of {columns}, unit {unit} of {units})</source>
        <translation>합성곱3×3-BN-ReLU (열 {columns}개 중 {column}번째, 유닛 {units}개 중 {unit}번째)</translation>
    </message>
</context>
<context>
    <name>layer.fractal_unit_dropout</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="114"/>
        <source>Conv3x3-Dropout-BN-ReLU (column {column} of {columns}, unit {unit} of {units})</source>
        <translation>합성곱3×3-드롭아웃-BN-ReLU (열 {columns}개 중 {column}번째, 유닛 {units}개 중 {unit}번째)</translation>
    </message>
</context>
<context>
    <name>layer.head</name>
    <message>
        <location filename="../../core/ledger.py" line="25"/>
        <source>Global average pool, Linear</source>
        <translation>전역 평균 풀링, 선형 층</translation>
    </message>
</context>
<context>
    <name>layer.head_norm</name>
    <message>
        <location filename="../../core/ledger.py" line="23"/>
        <source>BN, then ReLU and global average pool</source>
        <translation>BN, 이어서 ReLU와 전역 평균 풀링</translation>
    </message>
</context>
<context>
    <name>layer.identity_a</name>
    <message>
        <location filename="../../core/families/resnet.py" line="106"/>
        <source> (zero-padded identity, option A)</source>
        <translation> (0으로 채운 항등 사상, 옵션 A)</translation>
    </message>
</context>
<context>
    <name>layer.linear</name>
    <message>
        <location filename="../../core/ledger.py" line="24"/>
        <source>Linear</source>
        <translation>선형 층</translation>
    </message>
</context>
<context>
    <name>layer.maxpool3_s2</name>
    <message>
        <location filename="../../core/families/densenet.py" line="224"/>
        <source>Max pool 3x3, stride 2</source>
        <translation>3×3 최대 풀링, 스트라이드 2</translation>
    </message>
</context>
<context>
    <name>layer.plain</name>
    <message>
        <location filename="../../core/families/resnet.py" line="108"/>
        <source>Conv3x3-BN-ReLU-Conv3x3-BN-ReLU (no shortcut)</source>
        <translation>합성곱3×3-BN-ReLU-합성곱3×3-BN-ReLU (숏컷 없음)</translation>
    </message>
</context>
<context>
    <name>layer.preact</name>
    <message>
        <location filename="../../core/families/preact.py" line="78"/>
        <source>BN-ReLU-Conv3x3-BN-ReLU-Conv3x3, + shortcut</source>
        <translation>BN-ReLU-합성곱3×3-BN-ReLU-합성곱3×3, + 숏컷</translation>
    </message>
</context>
<context>
    <name>layer.preact_bottleneck</name>
    <message>
        <location filename="../../core/families/preact.py" line="77"/>
        <source>BN-ReLU-Conv1x1-BN-ReLU-Conv3x3-BN-ReLU-Conv1x1, + shortcut</source>
        <translation>BN-ReLU-합성곱1×1-BN-ReLU-합성곱3×3-BN-ReLU-합성곱1×1, + 숏컷</translation>
    </message>
</context>
<context>
    <name>layer.preact_dropout</name>
    <message>
        <location filename="../../core/families/preact.py" line="79"/>
        <source>BN-ReLU-Conv3x3-Dropout-BN-ReLU-Conv3x3, + shortcut</source>
        <translation>BN-ReLU-합성곱3×3-드롭아웃-BN-ReLU-합성곱3×3, + 숏컷</translation>
    </message>
</context>
<context>
    <name>layer.projection</name>
    <message>
        <location filename="../../core/families/preact.py" line="80"/>
        <source> (1x1 projection)</source>
        <translation> (1×1 사영)</translation>
    </message>
</context>
<context>
    <name>layer.projection_b</name>
    <message>
        <location filename="../../core/families/resnet.py" line="105"/>
        <source> (1x1 projection, option B)</source>
        <translation> (1×1 사영, 옵션 B)</translation>
    </message>
</context>
<context>
    <name>layer.residual</name>
    <message>
        <location filename="../../core/families/resnet.py" line="104"/>
        <source>Conv3x3-BN-ReLU-Conv3x3-BN, + shortcut, ReLU</source>
        <translation>합성곱3×3-BN-ReLU-합성곱3×3-BN, + 숏컷, ReLU</translation>
    </message>
</context>
<context>
    <name>layer.survival</name>
    <message>
        <location filename="../../core/families/resnet.py" line="107"/>
        <source>; stochastic depth: runs with p_l = {p} in training</source>
        <translation>; 확률적 깊이: 학습 때 p_l = {p}의 확률로 실행</translation>
    </message>
</context>
<context>
    <name>layer.transition</name>
    <message>
        <location filename="../../core/families/densenet.py" line="227"/>
        <source>BN-ReLU-Conv(1x1)-AvgPool(2x2)</source>
        <translation>BN-ReLU-합성곱(1×1)-평균 풀링(2×2)</translation>
    </message>
</context>
<context>
    <name>lesson.at_field</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="52"/>
        <source>{field}</source>
        <translation>{field}</translation>
    </message>
</context>
<context>
    <name>lesson.at_most</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="192"/>
        <source>at most {n} networks</source>
        <translation>네트워크 최대 {n}개</translation>
    </message>
</context>
<context>
    <name>lesson.at_step</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="51"/>
        <source>step {step}, {field}</source>
        <translation>{step}단계, {field}</translation>
    </message>
</context>
<context>
    <name>lesson.bad_json</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="268"/>
        <source>is not valid JSON (line {line}, column {column}: {error})</source>
        <translation>올바른 JSON이 아닙니다 ({line}행 {column}열: {error})</translation>
    </message>
</context>
<context>
    <name>lesson.broken</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="53"/>
        <source>{place}: {reason}</source>
        <translation>{place}: {reason}</translation>
    </message>
</context>
<context>
    <name>lesson.fields</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="160"/>
        <source>must be an object of config fields (or give a preset)</source>
        <translation>설정 필드의 객체여야 합니다 (또는 프리셋을 지정하세요)</translation>
    </message>
</context>
<context>
    <name>lesson.format</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="248"/>
        <source>is not a lesson format this app reads</source>
        <translation>이 앱이 읽을 수 있는 단원 형식이 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.id</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="251"/>
        <source>must be a short name</source>
        <translation>짧은 이름이어야 합니다</translation>
    </message>
</context>
<context>
    <name>lesson.id_range</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="252"/>
        <source>lower-case letters, digits and &apos;-&apos;</source>
        <translation>영문 소문자, 숫자, &apos;-&apos;</translation>
    </message>
</context>
<context>
    <name>lesson.int</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="148"/>
        <source>must be a whole number in range</source>
        <translation>범위 안의 정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>lesson.missing</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="172"/>
        <location filename="../../core/lessons/schema.py" line="202"/>
        <location filename="../../core/lessons/schema.py" line="254"/>
        <source>is missing</source>
        <translation>빠져 있습니다</translation>
    </message>
</context>
<context>
    <name>lesson.needed_for</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="173"/>
        <source>needed for {quantity}</source>
        <translation>{quantity}에 필요합니다</translation>
    </message>
</context>
<context>
    <name>lesson.needs_dense</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="41"/>
        <source>has no dense blocks</source>
        <translation>밀집 블록이 없습니다</translation>
    </message>
</context>
<context>
    <name>lesson.networks</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="191"/>
        <source>must be a short list</source>
        <translation>짧은 목록이어야 합니다</translation>
    </message>
</context>
<context>
    <name>lesson.no_block</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="34"/>
        <source>is not a block of this network</source>
        <translation>이 네트워크의 블록이 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.no_bottleneck</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="96"/>
        <source>is off: there is no 1x1 bottleneck</source>
        <translation>꺼져 있습니다: 1x1 병목이 없습니다</translation>
    </message>
</context>
<context>
    <name>lesson.no_layer</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="49"/>
        <source>is not a layer of this block</source>
        <translation>이 블록의 층이 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.no_transition</name>
    <message>
        <location filename="../../core/lessons/answers.py" line="86"/>
        <source>has no transition after it (the last block)</source>
        <translation>뒤에 전이 층이 없습니다 (마지막 블록)</translation>
    </message>
</context>
<context>
    <name>lesson.not_object</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="129"/>
        <source>must be a JSON object</source>
        <translation>JSON 객체여야 합니다</translation>
    </message>
</context>
<context>
    <name>lesson.not_utf8</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="283"/>
        <source>is not a UTF-8 text file</source>
        <translation>UTF-8 텍스트 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.preset</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="157"/>
        <source>must be a preset name</source>
        <translation>프리셋 이름이어야 합니다</translation>
    </message>
</context>
<context>
    <name>lesson.quantity</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="169"/>
        <source>is not a quantity the app computes</source>
        <translation>앱이 계산하는 값이 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.run_dataset</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="187"/>
        <source>is not a set a lesson can train on offline</source>
        <translation>단원이 오프라인으로 학습할 수 있는 데이터셋이 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.run_kind</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="183"/>
        <source>is not a kind of run</source>
        <translation>실행의 종류가 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.steps</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="258"/>
        <source>must be a list of steps</source>
        <translation>단계의 목록이어야 합니다</translation>
    </message>
</context>
<context>
    <name>lesson.target</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="206"/>
        <source>is not a control or diagram element the window knows</source>
        <translation>창에 있는 컨트롤이나 다이어그램 요소가 아닙니다</translation>
    </message>
</context>
<context>
    <name>lesson.text</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="140"/>
        <source>must give a text in each language</source>
        <translation>언어마다 텍스트가 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>lesson.too_deep</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="271"/>
        <source>is nested too deeply</source>
        <translation>너무 깊게 중첩되어 있습니다</translation>
    </message>
</context>
<context>
    <name>lesson.unknown_key</name>
    <message>
        <location filename="../../core/lessons/schema.py" line="133"/>
        <source>is not a field here</source>
        <translation>여기에 올 수 있는 필드가 아닙니다</translation>
    </message>
</context>
<context>
    <name>method.fractal_drop</name>
    <message>
        <location filename="../../core/reference.py" line="57"/>
        <source>FractalNet with Dropout/Drop-path</source>
        <translation>FractalNet, 드롭아웃/드롭패스 사용</translation>
    </message>
</context>
<context>
    <name>method.preact</name>
    <message>
        <location filename="../../core/reference.py" line="49"/>
        <source>ResNet (pre-activation)</source>
        <translation>ResNet (사전 활성화)</translation>
    </message>
</context>
<context>
    <name>method.resnet_huang</name>
    <message>
        <location filename="../../core/reference.py" line="59"/>
        <source>ResNet (reported by Huang et al. 2016)</source>
        <translation>ResNet (Huang et al. 2016의 보고)</translation>
    </message>
</context>
<context>
    <name>method.resnet_sd</name>
    <message>
        <location filename="../../core/reference.py" line="47"/>
        <source>ResNet with Stochastic Depth</source>
        <translation>ResNet, 확률적 깊이 사용</translation>
    </message>
</context>
<context>
    <name>method.wide</name>
    <message>
        <location filename="../../core/reference.py" line="48"/>
        <source>Wide ResNet</source>
        <translation>와이드 ResNet</translation>
    </message>
</context>
<context>
    <name>method.wide_dropout</name>
    <message>
        <location filename="../../core/reference.py" line="64"/>
        <source>Wide ResNet with Dropout</source>
        <translation>와이드 ResNet, 드롭아웃 사용</translation>
    </message>
</context>
<context>
    <name>note.densenet264</name>
    <message>
        <location filename="../../core/families/densenet.py" line="341"/>
        <source>Counted as the paper counts DenseNet-121 (2 convs per layer, transitions, first conv, classifier), this network has 265 layers; the paper&apos;s name says 264.</source>
        <translation>논문이 DenseNet-121을 세는 방식(층마다 합성곱 2개, 전이 층, 첫 합성곱, 분류기)으로 세면 이 네트워크는 265층입니다. 논문의 이름은 264입니다.</translation>
    </message>
</context>
<context>
    <name>note.fractalnet</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="170"/>
        <source>Built as Larsson et al. describe it for CIFAR (B = 5 blocks, C = 3 columns, 64/128/256/512/512 channels, 3x3 conv-BN-ReLU units, mean joins, 2x2 max pools, one linear classifier), the 20-layer FractalNet has 33.7M parameters; Larsson et al. print 38.6M, and the DenseNet table copies it. Their paper does not say what the other 4.9M are. The table counts 21 layers: the 20 convs of the deepest path and the classifier.</source>
        <translation>Larsson et al.이 CIFAR용으로 설명한 대로 만들면 (블록 B = 5개, 열 C = 3개, 채널 64/128/256/512/512, 3×3 합성곱-BN-ReLU 유닛, 평균 결합, 2×2 최대 풀링, 선형 분류기 하나) 20층 FractalNet의 파라미터는 33.7M입니다. Larsson et al.은 38.6M으로 적었고 DenseNet 표가 그 수를 옮겼습니다. 나머지 4.9M이 무엇인지는 그 논문에 나오지 않습니다. 표는 가장 깊은 경로의 합성곱 20개와 분류기를 합쳐 21층으로 셉니다.</translation>
    </message>
</context>
<context>
    <name>note.plain</name>
    <message>
        <location filename="../../core/families/plain.py" line="50"/>
        <source>He et al.&apos;s plain counterpart: the ResNet of the same depth without shortcuts, so exactly its parameters (option A shortcuts have none). Not in the DenseNet table.</source>
        <translation>He et al.의 플레인 네트워크: 같은 깊이의 ResNet에서 숏컷만 뺀 것이라 파라미터 수가 정확히 같습니다 (옵션 A 숏컷에는 파라미터가 없음). DenseNet 표에는 없습니다.</translation>
    </message>
</context>
<context>
    <name>note.preact1001</name>
    <message>
        <location filename="../../core/families/preact.py" line="133"/>
        <source>Built as He et al. (2016b) describe it (n = 111 bottleneck units per stage, widths 16/32/64, 4x expansion, 1x1 projections where the shape changes) it has 10.33M parameters, 10.3M at the table&apos;s rounding. The table&apos;s 10.2M is the count without the batch-norm scales and shifts (10.18M of conv and linear weights); both are shown.</source>
        <translation>He et al. (2016b)이 설명한 대로 만들면 (단계마다 병목 유닛 n = 111개, 너비 16/32/64, 4배 확장, 모양이 바뀌는 곳에 1×1 사영) 파라미터는 10.33M, 표의 반올림으로 10.3M입니다. 표의 10.2M은 배치 정규화의 스케일과 시프트를 뺀 수(합성곱과 선형 층 가중치 10.18M)입니다. 둘 다 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>note.resnet1202</name>
    <message>
        <location filename="../../core/families/resnet.py" line="161"/>
        <source>He et al.&apos;s 1202-layer CIFAR ResNet (n = 200 units per stage, 16/32/64 channels) has 19.4M parameters, as He et al. report; the DenseNet table prints 10.2M, the figure of the 1001-layer pre-activation ResNet below it, most likely copied by mistake. The architecture&apos;s count is shown beside the table&apos;s.</source>
        <translation>He et al.의 1202층 CIFAR ResNet (단계마다 유닛 n = 200개, 채널 16/32/64)의 파라미터는 He et al.이 보고한 대로 19.4M입니다. DenseNet 표는 10.2M으로 적었는데, 바로 아래 1001층 사전 활성화 ResNet의 수치를 잘못 옮긴 것으로 보입니다. 구조로 센 수를 표의 수 옆에 보여 줍니다.</translation>
    </message>
</context>
<context>
    <name>pattern.chain</name>
    <message>
        <location filename="../../core/compare.py" line="28"/>
        <source>chain: x_l = H_l(x_l−1)</source>
        <translation>체인: x_l = H_l(x_l−1)</translation>
    </message>
</context>
<context>
    <name>pattern.dense</name>
    <message>
        <location filename="../../core/compare.py" line="30"/>
        <source>dense concatenation: x_l = H_l([x_0, …, x_l−1])</source>
        <translation>밀집 연결(이어 붙이기): x_l = H_l([x_0, …, x_l−1])</translation>
    </message>
</context>
<context>
    <name>pattern.fractal</name>
    <message>
        <location filename="../../core/compare.py" line="31"/>
        <source>fractal: columns joined by their mean</source>
        <translation>프랙탈: 열들을 평균으로 결합</translation>
    </message>
</context>
<context>
    <name>pattern.residual</name>
    <message>
        <location filename="../../core/compare.py" line="29"/>
        <source>residual sum: x_l = H_l(x_l−1) + x_l−1</source>
        <translation>잔차 합: x_l = H_l(x_l−1) + x_l−1</translation>
    </message>
</context>
<context>
    <name>preset.fractal_drop</name>
    <message>
        <location filename="../../core/families/fractalnet.py" line="180"/>
        <source>FractalNet with Dropout/Drop-path, L={depth}</source>
        <translation>FractalNet, 드롭아웃/드롭패스 사용, L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.plain</name>
    <message>
        <location filename="../../core/families/plain.py" line="56"/>
        <source>Plain net, L={depth}</source>
        <translation>플레인 네트워크, L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.preact</name>
    <message>
        <location filename="../../core/families/preact.py" line="142"/>
        <source>ResNet (pre-activation), L={depth}</source>
        <translation>ResNet (사전 활성화), L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.resnet_sd</name>
    <message>
        <location filename="../../core/families/resnet.py" line="168"/>
        <source>ResNet with Stochastic Depth, L={depth}</source>
        <translation>ResNet, 확률적 깊이 사용, L={depth}</translation>
    </message>
</context>
<context>
    <name>preset.wide</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="82"/>
        <source>Wide ResNet, L={depth} (k={k})</source>
        <translation>와이드 ResNet, L={depth} (k={k})</translation>
    </message>
</context>
<context>
    <name>preset.wrn_dropout</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="87"/>
        <source>Wide ResNet with Dropout, L={depth} (k={k})</source>
        <translation>와이드 ResNet, 드롭아웃 사용, L={depth} (k={k})</translation>
    </message>
</context>
<context>
    <name>pretrained.bad</name>
    <message>
        <location filename="../../core/pretrained.py" line="107"/>
        <source>is not a PyTorch weights file</source>
        <translation>파이토치 가중치 파일이 아닙니다</translation>
    </message>
</context>
<context>
    <name>pretrained.download_failed</name>
    <message>
        <location filename="../../core/pretrained.py" line="137"/>
        <source>{name}: downloading {url} failed ({error}); pick the weights file ({file}) instead</source>
        <translation>{name}: {url} 내려받기에 실패했습니다 ({error}). 대신 가중치 파일({file})을 고르세요</translation>
    </message>
</context>
<context>
    <name>pretrained.mismatch</name>
    <message>
        <location filename="../../core/pretrained.py" line="194"/>
        <source>{file}: does not fit {name}: {detail}</source>
        <translation>{file}: {name}에 맞지 않습니다: {detail}</translation>
    </message>
</context>
<context>
    <name>pretrained.missing</name>
    <message>
        <location filename="../../core/pretrained.py" line="184"/>
        <source>missing {n} (e.g. {key})</source>
        <translation>빠진 키 {n}개 (예: {key})</translation>
    </message>
</context>
<context>
    <name>pretrained.no_state_dict</name>
    <message>
        <location filename="../../core/pretrained.py" line="117"/>
        <source>{file}: holds no state_dict (a mapping of parameter names to tensors)</source>
        <translation>{file}: state_dict(파라미터 이름에서 텐서로의 매핑)가 없습니다</translation>
    </message>
</context>
<context>
    <name>pretrained.not_cached</name>
    <message>
        <location filename="../../core/pretrained.py" line="163"/>
        <source>{name}: no ImageNet weights in torch hub&apos;s cache ({folder}); pick the file {file}, or allow a download (online)</source>
        <translation>{name}: torch 허브 캐시({folder})에 ImageNet 가중치가 없습니다. {file} 파일을 고르거나 내려받기를 허용하세요 (온라인)</translation>
    </message>
</context>
<context>
    <name>pretrained.refused</name>
    <message>
        <location filename="../../core/pretrained.py" line="108"/>
        <source>is not a PyTorch weights file: refused, it holds Python objects or code</source>
        <translation>파이토치 가중치 파일이 아닙니다: 파이썬 객체나 코드가 들어 있어 거부했습니다</translation>
    </message>
</context>
<context>
    <name>pretrained.unexpected</name>
    <message>
        <location filename="../../core/pretrained.py" line="186"/>
        <source>unexpected {n} (e.g. {key})</source>
        <translation>예상하지 못한 키 {n}개 (예: {key})</translation>
    </message>
</context>
<context>
    <name>pretrained.unknown</name>
    <message>
        <location filename="../../core/pretrained.py" line="54"/>
        <source>has no ImageNet weights in torchvision</source>
        <translation>torchvision에 ImageNet 가중치가 없습니다</translation>
    </message>
</context>
<context>
    <name>pretrained.wrong_keys</name>
    <message>
        <location filename="../../core/pretrained.py" line="188"/>
        <source>{file}: is not a {name} state_dict: {hint}</source>
        <translation>{file}: {name}의 state_dict가 아닙니다: {hint}</translation>
    </message>
</context>
<context>
    <name>quantity.block_connections</name>
    <message>
        <location filename="../../core/lessons/player.py" line="20"/>
        <source>connections inside block {block}</source>
        <translation>블록 {block} 안의 연결 수</translation>
    </message>
</context>
<context>
    <name>quantity.block_output</name>
    <message>
        <location filename="../../core/lessons/player.py" line="21"/>
        <source>channels leaving block {block}</source>
        <translation>블록 {block}에서 나가는 채널 수</translation>
    </message>
</context>
<context>
    <name>quantity.bottleneck_width</name>
    <message>
        <location filename="../../core/lessons/player.py" line="23"/>
        <source>channels of the 1x1 bottleneck</source>
        <translation>1x1 병목의 채널 수</translation>
    </message>
</context>
<context>
    <name>quantity.layer_inputs</name>
    <message>
        <location filename="../../core/lessons/player.py" line="19"/>
        <source>input channels of layer {layer} in block {block}</source>
        <translation>블록 {block}의 층 {layer}의 입력 채널 수</translation>
    </message>
</context>
<context>
    <name>quantity.macs</name>
    <message>
        <location filename="../../core/lessons/player.py" line="26"/>
        <source>multiply-adds per image (millions)</source>
        <translation>이미지 한 장당 곱셈-누산(MAC) (백만 번)</translation>
    </message>
</context>
<context>
    <name>quantity.output_size</name>
    <message>
        <location filename="../../core/lessons/player.py" line="24"/>
        <source>feature-map size in block {block}</source>
        <translation>블록 {block}의 특징 맵 크기</translation>
    </message>
</context>
<context>
    <name>quantity.params</name>
    <message>
        <location filename="../../core/lessons/player.py" line="25"/>
        <source>parameters (millions)</source>
        <translation>파라미터 수 (백만 개)</translation>
    </message>
</context>
<context>
    <name>quantity.saved_activations</name>
    <message>
        <location filename="../../core/lessons/player.py" line="27"/>
        <source>memory kept for backward, batch {batch} (MiB)</source>
        <translation>역전파를 위해 보관하는 메모리, 배치 {batch} (MiB)</translation>
    </message>
</context>
<context>
    <name>quantity.saved_activations_efficient</name>
    <message>
        <location filename="../../core/lessons/player.py" line="28"/>
        <source>memory kept for backward, memory-efficient, batch {batch} (MiB)</source>
        <translation>역전파를 위해 보관하는 메모리, 메모리 효율 모드, 배치 {batch} (MiB)</translation>
    </message>
</context>
<context>
    <name>quantity.transition_out</name>
    <message>
        <location filename="../../core/lessons/player.py" line="22"/>
        <source>channels after transition {block}</source>
        <translation>전이 층 {block} 뒤의 채널 수</translation>
    </message>
</context>
<context>
    <name>range.at_least</name>
    <message>
        <location filename="../../core/training/insights.py" line="226"/>
        <location filename="../../core/validation.py" line="125"/>
        <source>at least {n}</source>
        <translation>{n} 이상</translation>
    </message>
</context>
<context>
    <name>range.at_most_digits</name>
    <message>
        <location filename="../../core/config.py" line="104"/>
        <location filename="../../core/config.py" line="147"/>
        <source>at most {n} digits</source>
        <translation>최대 {n}자리</translation>
    </message>
</context>
<context>
    <name>range.blocks</name>
    <message>
        <location filename="../../core/families/base.py" line="133"/>
        <source>1 to {max} blocks</source>
        <translation>블록 1~{max}개</translation>
    </message>
</context>
<context>
    <name>range.bool</name>
    <message>
        <location filename="../../core/validation.py" line="163"/>
        <source>true, false</source>
        <translation>참, 거짓</translation>
    </message>
</context>
<context>
    <name>range.each_once</name>
    <message>
        <location filename="../../core/config.py" line="95"/>
        <source>each field once</source>
        <translation>필드마다 한 번</translation>
    </message>
</context>
<context>
    <name>range.eg</name>
    <message>
        <location filename="../../core/config.py" line="144"/>
        <location filename="../../core/inference/gradcam.py" line="39"/>
        <location filename="../../core/inference/gradcam.py" line="60"/>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
</context>
<context>
    <name>range.eg_float</name>
    <message>
        <location filename="../../core/config.py" line="158"/>
        <source>e.g. 0.1 or 1e-4</source>
        <translation>예: 0.1 또는 1e-4</translation>
    </message>
</context>
<context>
    <name>range.finite_weights</name>
    <message>
        <location filename="../../core/inference/prediction.py" line="50"/>
        <source>weights from a run that did not diverge</source>
        <translation>발산하지 않은 실행의 가중치</translation>
    </message>
</context>
<context>
    <name>range.flat_json</name>
    <message>
        <location filename="../../core/config.py" line="119"/>
        <source>a flat JSON object of fields</source>
        <translation>필드로 이루어진 평평한 JSON 객체</translation>
    </message>
</context>
<context>
    <name>range.int</name>
    <message>
        <location filename="../../core/inference/gradcam.py" line="43"/>
        <location filename="../../core/inference/prediction.py" line="42"/>
        <location filename="../../core/validation.py" line="121"/>
        <source>{lo} to {hi}</source>
        <translation>{lo}~{hi}</translation>
    </message>
</context>
<context>
    <name>range.int_list</name>
    <message>
        <location filename="../../core/config.py" line="136"/>
        <source>whole numbers separated by commas, e.g. 16,16,16</source>
        <translation>쉼표로 구분한 정수, 예: 16,16,16</translation>
    </message>
</context>
<context>
    <name>range.map_layers</name>
    <message>
        <location filename="../../core/inference/features.py" line="118"/>
        <source>a convolution, dense layer, block or transition</source>
        <translation>합성곱, 밀집 층, 블록 또는 전이 층</translation>
    </message>
</context>
<context>
    <name>range.nearest1</name>
    <message>
        <location filename="../../core/validation.py" line="132"/>
        <source>nearest {a}</source>
        <translation>가장 가까운 값 {a}</translation>
    </message>
</context>
<context>
    <name>range.nearest2</name>
    <message>
        <location filename="../../core/validation.py" line="131"/>
        <source>nearest {a} or {b}</source>
        <translation>가장 가까운 값 {a} 또는 {b}</translation>
    </message>
</context>
<context>
    <name>range.none</name>
    <message>
        <location filename="../../core/inference/features.py" line="86"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>range.numbers</name>
    <message>
        <location filename="../../core/config.py" line="178"/>
        <source>1 to {n} numbers</source>
        <translation>숫자 1~{n}개</translation>
    </message>
</context>
<context>
    <name>range.required</name>
    <message>
        <location filename="../../core/config.py" line="71"/>
        <source>required</source>
        <translation>필수</translation>
    </message>
</context>
<context>
    <name>range.values</name>
    <message>
        <location filename="../../core/inference/predictor.py" line="57"/>
        <source>{n} values</source>
        <translation>값 {n}개</translation>
    </message>
</context>
<context>
    <name>reference.label</name>
    <message>
        <location filename="../../core/reference.py" line="39"/>
        <source>{method} (L={depth})</source>
        <translation>{method} (L={depth})</translation>
    </message>
</context>
<context>
    <name>share.empty</name>
    <message>
        <location filename="../../core/share.py" line="55"/>
        <source>is empty</source>
        <translation>비어 있습니다</translation>
    </message>
</context>
<context>
    <name>share.no_stream</name>
    <message>
        <location filename="../../core/share.py" line="77"/>
        <source>is closed</source>
        <translation>닫혀 있습니다</translation>
    </message>
</context>
<context>
    <name>share.no_version</name>
    <message>
        <location filename="../../core/share.py" line="60"/>
        <source>starts like a network&apos;s text but has no version (v1:) after the prefix</source>
        <translation>네트워크 텍스트처럼 시작하지만 접두어 뒤에 버전(v1:)이 없습니다</translation>
    </message>
</context>
<context>
    <name>share.not_network</name>
    <message>
        <location filename="../../core/share.py" line="70"/>
        <source>is neither a network&apos;s text nor a config JSON object</source>
        <translation>네트워크 텍스트도 설정 JSON 객체도 아닙니다</translation>
    </message>
</context>
<context>
    <name>share.not_text</name>
    <message>
        <location filename="../../core/share.py" line="48"/>
        <source>is not text</source>
        <translation>텍스트가 아닙니다</translation>
    </message>
</context>
<context>
    <name>share.not_utf8</name>
    <message>
        <location filename="../../core/share.py" line="90"/>
        <source>is not text (UTF-8)</source>
        <translation>텍스트(UTF-8)가 아닙니다</translation>
    </message>
</context>
<context>
    <name>share.stream_too_long</name>
    <message>
        <location filename="../../core/share.py" line="84"/>
        <source>holds more than a config can be (at most {limit:,} bytes); refused</source>
        <translation>설정으로는 너무 큽니다 (최대 {limit:,}바이트). 거부했습니다</translation>
    </message>
</context>
<context>
    <name>share.too_long</name>
    <message>
        <location filename="../../core/share.py" line="50"/>
        <source>is longer than a network&apos;s text can be (at most {limit:,} bytes); refused unread</source>
        <translation>네트워크 텍스트로는 너무 깁니다 (최대 {limit:,}바이트). 읽지 않고 거부했습니다</translation>
    </message>
</context>
<context>
    <name>share.unreadable</name>
    <message>
        <location filename="../../core/share.py" line="81"/>
        <source>could not be read ({reason})</source>
        <translation>읽을 수 없습니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>share.valid</name>
    <message>
        <location filename="../../core/share.py" line="28"/>
        <source>a network&apos;s text ({example}) or a config JSON object</source>
        <translation>네트워크 텍스트({example}) 또는 설정 JSON 객체</translation>
    </message>
</context>
<context>
    <name>share.version</name>
    <message>
        <location filename="../../core/share.py" line="64"/>
        <source>is in version {version} of the format; this program reads version {known} (a newer DenseNet Explorer wrote it)</source>
        <translation>형식 버전 {version}입니다. 이 프로그램은 버전 {known}을(를) 읽습니다 (더 새로운 버전의 프로그램이 쓴 텍스트입니다)</translation>
    </message>
</context>
<context>
    <name>stem.cifar</name>
    <message>
        <location filename="../../core/families/densenet.py" line="32"/>
        <source>cifar</source>
        <translation>CIFAR</translation>
    </message>
</context>
<context>
    <name>stem.imagenet</name>
    <message>
        <location filename="../../core/families/densenet.py" line="32"/>
        <source>imagenet</source>
        <translation>ImageNet</translation>
    </message>
</context>
<context>
    <name>sweep.axis_twice</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="143"/>
        <source>has a field twice</source>
        <translation>같은 필드가 두 번 들어 있습니다</translation>
    </message>
</context>
<context>
    <name>sweep.bad_choice</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="91"/>
        <source>is not a valid choice</source>
        <translation>올바른 선택지가 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.bad_json</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="239"/>
        <location filename="../../core/sweeps/spec.py" line="246"/>
        <source>is not a sweep description</source>
        <translation>스윕 설명 형식이 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.bad_range</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="111"/>
        <source>is not a valid range</source>
        <translation>올바른 범위가 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.bad_spec</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="128"/>
        <source>holds a sweep this version cannot read ({detail})</source>
        <translation>이 버전이 읽을 수 없는 스윕을 담고 있습니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>sweep.bad_value</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="88"/>
        <source>is not a valid {kind}</source>
        <translation>올바른 {kind} 값이 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.dataset</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="148"/>
        <source>must be a dataset name</source>
        <translation>데이터셋 이름이어야 합니다</translation>
    </message>
</context>
<context>
    <name>sweep.distinct</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="61"/>
        <source>distinct values</source>
        <translation>서로 다른 값</translation>
    </message>
</context>
<context>
    <name>sweep.duplicate</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="60"/>
        <source>has a value twice</source>
        <translation>같은 값이 두 번 들어 있습니다</translation>
    </message>
</context>
<context>
    <name>sweep.empty_item</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="127"/>
        <source>has an empty item</source>
        <translation>빈 항목이 있습니다</translation>
    </message>
</context>
<context>
    <name>sweep.family</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="171"/>
        <source>is not a family</source>
        <translation>알려진 네트워크 계열이 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.field</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="55"/>
        <location filename="../../core/sweeps/spec.py" line="100"/>
        <source>is not a field one can sweep</source>
        <translation>스윕할 수 있는 필드가 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.install_driver</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="98"/>
        <source>install {postgres} or {mysql}</source>
        <translation>{postgres} 또는 {mysql}을(를) 설치하세요</translation>
    </message>
</context>
<context>
    <name>sweep.invalid_point</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="217"/>
        <source>is invalid at {point}: {error}</source>
        <translation>{point}에서 올바르지 않습니다: {error}</translation>
    </message>
</context>
<context>
    <name>sweep.kept</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="370"/>
        <source>finished trials are kept</source>
        <translation>끝난 트라이얼은 보존됩니다</translation>
    </message>
</context>
<context>
    <name>sweep.no_database</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="82"/>
        <source>has no database file</source>
        <translation>데이터베이스 파일이 없습니다</translation>
    </message>
</context>
<context>
    <name>sweep.no_studies</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="121"/>
        <source>no sweeps yet</source>
        <translation>아직 스윕이 없습니다</translation>
    </message>
</context>
<context>
    <name>sweep.no_study</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="120"/>
        <source>is not in this database</source>
        <translation>이 데이터베이스에 없습니다</translation>
    </message>
</context>
<context>
    <name>sweep.no_values</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="58"/>
        <location filename="../../core/sweeps/spec.py" line="104"/>
        <source>needs at least one value</source>
        <translation>값이 하나 이상 필요합니다</translation>
    </message>
</context>
<context>
    <name>sweep.not_sweep</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="124"/>
        <source>is a study that is not a sweep</source>
        <translation>스윕이 아닌 스터디입니다</translation>
    </message>
</context>
<context>
    <name>sweep.one_axis</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="144"/>
        <source>one axis per field</source>
        <translation>필드마다 축 하나</translation>
    </message>
</context>
<context>
    <name>sweep.other_spec</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="100"/>
        <source>already holds a different sweep</source>
        <translation>이미 다른 스윕을 담고 있습니다</translation>
    </message>
</context>
<context>
    <name>sweep.seeds</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="146"/>
        <source>must be a whole number</source>
        <translation>정수여야 합니다</translation>
    </message>
</context>
<context>
    <name>sweep.storage_driver</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="96"/>
        <source>needs a database driver that is not installed ({detail})</source>
        <translation>설치되지 않은 데이터베이스 드라이버가 필요합니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>sweep.storage_empty</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="60"/>
        <source>must be a database URL</source>
        <translation>데이터베이스 주소여야 합니다</translation>
    </message>
</context>
<context>
    <name>sweep.storage_memory</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="70"/>
        <source>is an in-memory database, which worker processes cannot share</source>
        <translation>메모리 안의 데이터베이스라서 작업 프로세스들이 함께 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>sweep.storage_open</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="88"/>
        <location filename="../../core/sweeps/storage.py" line="101"/>
        <source>could not be opened ({detail})</source>
        <translation>열 수 없습니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>sweep.storage_url</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="63"/>
        <location filename="../../core/sweeps/storage.py" line="67"/>
        <source>is not a database URL</source>
        <translation>데이터베이스 주소가 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.study_name</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="176"/>
        <source>is not a usable study name</source>
        <translation>쓸 수 있는 스터디 이름이 아닙니다</translation>
    </message>
</context>
<context>
    <name>sweep.too_many</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="151"/>
        <source>make too many grid points</source>
        <translation>그리드 점이 너무 많습니다</translation>
    </message>
</context>
<context>
    <name>sweep.want_existing</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="83"/>
        <source>an existing sweep database</source>
        <translation>이미 있는 스윕 데이터베이스</translation>
    </message>
</context>
<context>
    <name>sweep.want_list</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="64"/>
        <source>values separated by commas, or a range like 0.05..0.2 x4 log</source>
        <translation>쉼표로 구분한 값, 또는 0.05..0.2 x4 log 같은 범위</translation>
    </message>
</context>
<context>
    <name>sweep.want_name</name>
    <message>
        <location filename="../../core/sweeps/storage.py" line="177"/>
        <source>1 to 200 printable characters, no leading or trailing spaces</source>
        <translation>앞뒤 공백 없이 인쇄 가능한 문자 1~200개</translation>
    </message>
</context>
<context>
    <name>sweep.want_other_name</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="101"/>
        <source>another study name, or the same sweep to resume it</source>
        <translation>다른 스터디 이름, 또는 이어서 하려면 같은 스윕</translation>
    </message>
</context>
<context>
    <name>sweep.want_range</name>
    <message>
        <location filename="../../core/sweeps/spec.py" line="112"/>
        <source>LO..HI xN with LO &lt;= HI, 2 &lt;= N &lt;= 1000, LO &gt; 0 for log</source>
        <translation>LO..HI xN (LO ≤ HI, 2 ≤ N ≤ 1000, log이면 LO &gt; 0)</translation>
    </message>
</context>
<context>
    <name>sweep.want_sweep</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="58"/>
        <source>a study made by {command}</source>
        <translation>{command}(으)로 만든 스터디</translation>
    </message>
</context>
<context>
    <name>sweep.worker_failed</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="369"/>
        <source>a worker process failed: {error}</source>
        <translation>작업 프로세스가 실패했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>title.plain</name>
    <message>
        <location filename="../../core/families/plain.py" line="47"/>
        <source>Plain-{depth} (no shortcuts)</source>
        <translation>플레인-{depth} (숏컷 없음)</translation>
    </message>
</context>
<context>
    <name>title.preact</name>
    <message>
        <location filename="../../core/families/preact.py" line="72"/>
        <source>Pre-activation ResNet-{depth}</source>
        <translation>사전 활성화 ResNet-{depth}</translation>
    </message>
</context>
<context>
    <name>title.preact_bottleneck</name>
    <message>
        <location filename="../../core/families/preact.py" line="71"/>
        <source>Pre-activation ResNet-{depth} (bottleneck)</source>
        <translation>사전 활성화 ResNet-{depth} (병목)</translation>
    </message>
</context>
<context>
    <name>title.resnet_sd</name>
    <message>
        <location filename="../../core/families/resnet.py" line="93"/>
        <source>ResNet-{depth} with stochastic depth (p_L={p})</source>
        <translation>ResNet-{depth}, 확률적 깊이 (p_L={p})</translation>
    </message>
</context>
<context>
    <name>title.wrn_dropout</name>
    <message>
        <location filename="../../core/families/wideresnet.py" line="66"/>
        <source>WRN-{depth}-{k} (dropout {p})</source>
        <translation>WRN-{depth}-{k} (드롭아웃 {p})</translation>
    </message>
</context>
<context>
    <name>train.a_dataset</name>
    <message>
        <location filename="../../core/training/resume.py" line="57"/>
        <source>a dataset name</source>
        <translation>데이터셋 이름</translation>
    </message>
</context>
<context>
    <name>train.bad_config</name>
    <message>
        <location filename="../../core/training/resume.py" line="50"/>
        <source>{path}: checkpoint&apos;s config or settings are invalid ({error})</source>
        <translation>{path}: 체크포인트의 설정 또는 학습 설정이 올바르지 않습니다 ({error})</translation>
    </message>
</context>
<context>
    <name>train.bad_history</name>
    <message>
        <location filename="../../core/training/resume.py" line="94"/>
        <source>{path}: checkpoint&apos;s history row {row} lacks {columns}: it cannot be continued</source>
        <translation>{path}: 체크포인트 기록의 {row}번째 행에 {columns}이(가) 없어 이어서 학습할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>train.bad_insights</name>
    <message>
        <location filename="../../core/training/insights.py" line="178"/>
        <source>{path}: is not a run&apos;s insights file ({reason})</source>
        <translation>{path}: 이 실행의 학습 분석 파일(insights.json)이 아닙니다 ({reason})</translation>
    </message>
</context>
<context>
    <name>train.bad_optimiser</name>
    <message>
        <location filename="../../core/training/resume.py" line="76"/>
        <source>{path}: checkpoint&apos;s optimiser or schedule state does not fit this network ({detail})</source>
        <translation>{path}: 체크포인트의 옵티마이저 또는 학습률 일정 상태가 이 신경망에 맞지 않습니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>train.bad_position</name>
    <message>
        <location filename="../../core/training/trainer.py" line="248"/>
        <source>{path}: checkpoint stopped at batch {batch} of epoch {epoch}, but this run has {batches} batches per epoch (was the batch size or --max-batches changed?)</source>
        <translation>{path}: 체크포인트는 에포크 {epoch}의 배치 {batch}에서 멈췄는데 이 실행은 에포크마다 배치가 {batches}개입니다 (배치 크기나 최대 배치 수를 바꾸었습니까?)</translation>
    </message>
</context>
<context>
    <name>train.bad_rng</name>
    <message>
        <location filename="../../core/training/resume.py" line="82"/>
        <source>{path}: checkpoint&apos;s random-number state is damaged ({detail})</source>
        <translation>{path}: 체크포인트의 난수 상태가 손상되었습니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>train.completed</name>
    <message>
        <location filename="../../core/training/trainer.py" line="254"/>
        <source>trained {epochs} epochs</source>
        <translation>{epochs}에포크 학습했습니다</translation>
    </message>
</context>
<context>
    <name>train.device_name</name>
    <message>
        <location filename="../../core/sweeps/study.py" line="313"/>
        <location filename="../../core/training/settings.py" line="77"/>
        <source>must be a device name</source>
        <translation>장치 이름이어야 합니다</translation>
    </message>
</context>
<context>
    <name>train.diverged</name>
    <message>
        <location filename="../../core/training/trainer.py" line="320"/>
        <source>the loss became {loss} at epoch {epoch}, batch {batch}: training stopped. Try a smaller learning rate (lr = {lr}).</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 손실이 {loss}가 되어 학습을 멈췄습니다. 더 작은 학습률을 써 보세요 (학습률 = {lr}).</translation>
    </message>
</context>
<context>
    <name>train.done_all</name>
    <message>
        <location filename="../../core/training/resume.py" line="34"/>
        <source>already trained {n} of {total} epochs; nothing to do</source>
        <translation>이미 {total}에포크 중 {n}에포크를 학습했습니다. 할 일이 없습니다</translation>
    </message>
</context>
<context>
    <name>train.done_more</name>
    <message>
        <location filename="../../core/training/resume.py" line="36"/>
        <source>already trained {n} epochs, more than the {total} asked for; nothing to do</source>
        <translation>이미 {n}에포크를 학습해 요청한 {total}에포크보다 많습니다. 할 일이 없습니다</translation>
    </message>
</context>
<context>
    <name>train.for_dataset</name>
    <message>
        <location filename="../../core/training/setup.py" line="28"/>
        <source>{n} for {dataset}</source>
        <translation>{dataset}에는 {n}</translation>
    </message>
</context>
<context>
    <name>train.grad_norm_every</name>
    <message>
        <location filename="../../core/training/insights.py" line="225"/>
        <source>must be a whole number of batches</source>
        <translation>배치 수이므로 자연수여야 합니다</translation>
    </message>
</context>
<context>
    <name>train.lone_batch</name>
    <message>
        <location filename="../../core/training/setup.py" line="57"/>
        <source>is too small for this network: its last feature maps are 1x1, and batch norm needs more than one value per channel to train</source>
        <translation>이 신경망에는 너무 작습니다: 마지막 특징 맵이 1x1이어서, 배치 정규화가 학습하려면 채널마다 값이 둘 이상 있어야 합니다</translation>
    </message>
</context>
<context>
    <name>train.lone_split</name>
    <message>
        <location filename="../../core/training/setup.py" line="59"/>
        <source>is too small for this network: its last feature maps are 1x1, and batch norm needs more than one value per channel to train (the training split holds a single image)</source>
        <translation>이 신경망에는 너무 작습니다: 마지막 특징 맵이 1x1이어서, 배치 정규화가 학습하려면 채널마다 값이 둘 이상 있어야 합니다 (학습 분할에 이미지가 하나뿐입니다)</translation>
    </message>
</context>
<context>
    <name>train.milestones</name>
    <message>
        <location filename="../../core/training/settings.py" line="89"/>
        <source>must be a list of fractions of the epochs</source>
        <translation>에포크의 비율 목록이어야 합니다</translation>
    </message>
</context>
<context>
    <name>train.nesterov</name>
    <message>
        <location filename="../../core/training/settings.py" line="67"/>
        <source>needs a momentum above 0</source>
        <translation>모멘텀이 0보다 커야 합니다</translation>
    </message>
</context>
<context>
    <name>train.no_dataset</name>
    <message>
        <location filename="../../core/training/resume.py" line="56"/>
        <source>is not recorded in the checkpoint; give it</source>
        <translation>체크포인트에 기록되어 있지 않습니다. 직접 지정하십시오</translation>
    </message>
</context>
<context>
    <name>train.no_fit_dataset</name>
    <message>
        <location filename="../../core/training/setup.py" line="26"/>
        <source>does not fit the dataset {dataset}</source>
        <translation>데이터셋 {dataset}에 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>train.no_fit_size</name>
    <message>
        <location filename="../../core/training/setup.py" line="30"/>
        <source>does not fit the {size}x{size} images of {dataset}</source>
        <translation>{dataset}의 {size}x{size} 이미지에 맞지 않습니다</translation>
    </message>
</context>
<context>
    <name>train.settings_dict</name>
    <message>
        <location filename="../../core/training/settings.py" line="116"/>
        <source>must be a dict of training settings</source>
        <translation>학습 설정의 딕셔너리여야 합니다</translation>
    </message>
</context>
<context>
    <name>train.settings_type</name>
    <message>
        <location filename="../../core/training/settings.py" line="122"/>
        <source>has a value of the wrong type ({detail})</source>
        <translation>종류가 잘못된 값이 있습니다 ({detail})</translation>
    </message>
</context>
<context>
    <name>train.stopped_at</name>
    <message>
        <location filename="../../core/training/trainer.py" line="342"/>
        <source>stopped at epoch {epoch}, batch {batch}</source>
        <translation>에포크 {epoch}, 배치 {batch}에서 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>train.stopped_first</name>
    <message>
        <location filename="../../core/training/trainer.py" line="355"/>
        <source>stopped before its first batch ended</source>
        <translation>첫 배치가 끝나기 전에 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>train.stopped_inside</name>
    <message>
        <location filename="../../core/training/trainer.py" line="354"/>
        <source>stopped inside the batch after epoch {epoch}, batch {batch}</source>
        <translation>에포크 {epoch}, 배치 {batch} 다음 배치 도중에 멈췄습니다</translation>
    </message>
</context>
<context>
    <name>train.two_per_batch</name>
    <message>
        <location filename="../../core/training/setup.py" line="62"/>
        <source>2 or more images per batch</source>
        <translation>배치마다 이미지 2개 이상</translation>
    </message>
</context>
<context>
    <name>train.want_milestones</name>
    <message>
        <location filename="../../core/training/settings.py" line="91"/>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
</context>
<context>
    <name>train.want_momentum</name>
    <message>
        <location filename="../../core/training/settings.py" line="68"/>
        <source>momentum in (0, 1)</source>
        <translation>모멘텀 (0, 1)</translation>
    </message>
</context>
</TS>
